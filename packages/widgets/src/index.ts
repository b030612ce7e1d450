/**
 * The script-tag bundle: importing each widget package defines its element (guarded, so
 * a page that loads the bundle twice keeps working).
 */
import '@voix-logement/demand-circuit';
import '@voix-logement/eligibility';
import '@voix-logement/emergency';
import '@voix-logement/directory';
import '@voix-logement/questions';
import '@voix-logement/key-figures';

export { VlDemandCircuit } from '@voix-logement/demand-circuit';
export { VlEligibility } from '@voix-logement/eligibility';
export { VlEmergency } from '@voix-logement/emergency';
export { VlDirectory } from '@voix-logement/directory';
export { VlQuestions } from '@voix-logement/questions';
export { VlKeyFigures } from '@voix-logement/key-figures';
