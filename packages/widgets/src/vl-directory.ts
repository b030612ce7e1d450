/** The script-tag file for <vl-directory> alone: lit, core, the element and its own national content. */
export * from '@voix-logement/directory';
