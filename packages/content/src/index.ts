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
