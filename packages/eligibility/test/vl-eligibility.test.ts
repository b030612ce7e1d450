import '@voix-logement/eligibility';
import { runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-eligibility', titleFr: 'Qui peut demander un logement social ?', titleEn: 'Who can apply for social housing?' });
