export * from './text.js';
export * from './schema/index.js';
export { mergePacks, mergeValues } from './merge.js';
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
// The small check the widgets ship (the JSON Schema of the same valibot schema).
export { checkPack, checkShape, type Shape, type ShapeProblem } from './shape.js';
