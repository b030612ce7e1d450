/** The script-tag file for <vl-questions> alone: lit, core, the element and its own national content. */
export * from '@voix-logement/questions';
