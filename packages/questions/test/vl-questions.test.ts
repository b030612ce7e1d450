import '@voix-logement/questions';
import { runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-questions', titleFr: 'Vos questions, nos réponses', titleEn: 'Your questions, our answers' });
