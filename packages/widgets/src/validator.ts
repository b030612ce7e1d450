/**
 * dist/voix-logement-validator.js: the full pack validator (French messages naming the
 * field, what was expected and an example), for the configurator, the studio and any page
 * that checks a pack in the browser. Kept out of voix-logement.js, which ships a smaller check.
 */
export { validatePack, parsePackText, packSummary, jsonPath } from '@voix-logement/content';
// The studio's lists (step ids, situations, topics, partner types) come from the national
// content the validator already carries, never from a copy.
export { nationalPack, figureIds } from '@voix-logement/content';
// The directory's own reading of opening hours, for the studio's live "open now" preview.
export { parseHours, hoursStatus, weekSummary, holidayHours } from '@voix-logement/directory/hours';
