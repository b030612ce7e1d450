export * from './text.js';
export * from './schema/index.js';
export { mergePacks, mergeValues, resolveSections, type NationalSections } from './merge.js';
// The validator, for the loader, the configurator and any page checking a pack in the browser.
export {
  validatePack,
  parsePackText,
  packSummary,
  jsonPath,
  maxProblems,
  type PackProblem,
  type PackValidation,
} from './validate.js';
export { nationalPack, type ResolvedContent } from './national/index.js';
// A locale file's national texts, by stable path, laid into the national content (on-demand locales).
export { textPaths, withTexts } from './text-paths.js';
// Each widget imports only the national sections it shows (api.md: a page pays only for what it shows).
export { nationalCircuit, nationalCircuitOutline } from './national/circuit.js';
export { nationalEligibility } from './national/eligibility.js';
export { nationalEmergency } from './national/emergency.js';
export { nationalPartnerTypes } from './national/partners.js';
export { nationalQuestions } from './national/questions.js';
// The small check the widgets ship (the JSON Schema of the same valibot schema), per section:
// checkPack (frame and values), then keepValidEntries (entries' required fields, unique ids).
export {
  checkPack,
  checkPackInSteps,
  checkPackSections,
  checkShape,
  entriesPerStep,
  type PackCheck,
  type Shape,
  type ShapeProblem,
} from './shape.js';
export { keepValidEntries, type DroppedEntry, type KeptEntries } from './entries.js';
export {
  packSections,
  territorySection,
  circuitSection,
  eligibilitySection,
  emergencySection,
  partnerTypesSection,
  partnersSection,
  questionsSection,
  figuresSection,
  type PackSection,
  type SectionKey,
} from './sections.js';
