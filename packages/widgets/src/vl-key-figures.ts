/** The script-tag file for <vl-key-figures> alone: lit, core and the element (it has no national content). */
export * from '@voix-logement/key-figures';
