import '@voix-logement/demand-circuit';
import { runSharedContract } from '../../core/test/shared-contract.js';

runSharedContract({ tag: 'vl-demand-circuit', titleFr: 'Les étapes de votre demande de logement social', titleEn: 'The steps of your social housing application' });
