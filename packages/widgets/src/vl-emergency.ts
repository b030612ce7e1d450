/** The script-tag file for <vl-emergency> alone: lit, core, the element and its own national content. */
export * from '@voix-logement/emergency';
