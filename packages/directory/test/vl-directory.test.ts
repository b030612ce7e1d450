import '@voix-logement/directory';
import { runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-directory', titleFr: 'Qui fait quoi près de chez vous', titleEn: 'Who does what near you' });
