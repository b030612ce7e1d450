/**
 * Hooks for tests only, kept out of the public index: a new page's empty pack cache, and a
 * shorter wait for a pack. Import from `@voix-logement/core/testing`.
 */
export { clearPackCache, setPackTimeout } from './pack-loader.js';
export { clearLocaleFiles } from './locale-files.js';
