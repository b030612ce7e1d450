import '@voix-logement/emergency';
import { runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-emergency', titleFr: 'Que faire en urgence ?', titleEn: 'What to do in an emergency?' });
