export { VlElement, type ContentStatus } from './vl-element.js';
export { baseStyles } from './styles.js';
export {
  registerTranslations,
  withLocale,
  normalizeLocale,
  nearestLang,
  sourceLocale,
  builtInLocales,
  targetLocales,
} from './locale.js';
export { registerLocaleFiles, setLocaleBase } from './locale-files.js';
export { loadPack, maxPackBytes, packTimeoutMs, type PackChecker, type PackResult } from './pack-loader.js';
export { safeHref, telHref, smsHref, dialDigits } from './safe-link.js';
export { leftToRight, withPhoneLinks } from './phone-text.js';
export { warnOnce, warningCodes, type WarningCode } from './warn.js';
export { warnIfTagTaken } from './define.js';
export { compareFolded, foldForSearch } from './search.js';
export { yieldToMain } from './yield.js';
export * from './format/index.js';
export { libraryVersion } from './version.js';
