/**
 * dist/voix-logement-validator.js: the full pack validator (French messages naming the
 * field, what was expected and an example), for the configurator, the studio and any page
 * that checks a pack in the browser. Kept out of voix-logement.js, which ships a smaller check.
 */
export { validatePack, parsePackText, packSummary, jsonPath } from '@voix-logement/content';
// The national content and the merge the widgets use: the configurator's and the studio's lists
// of choices (steps, situations, topics, partner types, figures) are the ones the widgets will show.
export { nationalPack, mergePacks, figureIds } from '@voix-logement/content';
// The directory's own reading of opening hours, for the studio's live "open now" preview.
export { parseHours, hoursStatus, weekSummary, holidayHours } from '@voix-logement/directory/hours';
