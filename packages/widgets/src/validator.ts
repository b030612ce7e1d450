/**
 * dist/voix-logement-validator.js: the full pack validator (French messages naming the
 * field, what was expected and an example), for the configurator and any page that checks
 * a pack in the browser. Kept out of voix-logement.js, which ships a smaller check.
 */
export { validatePack, parsePackText, packSummary } from '@voix-logement/content';
// The national content and the merge the widgets use: the configurator's lists of choices
// (steps, situations, topics…) are the ones the widgets will show.
export { nationalPack, mergePacks } from '@voix-logement/content';
