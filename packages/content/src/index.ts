export * from './text.js';
export * from './schema/index.js';
export { mergePacks, mergeValues } from './merge.js';
export { validatePack, jsonPath, type PackProblem, type PackValidation } from './validate.js';
export { nationalPack, type ResolvedContent } from './national/index.js';
