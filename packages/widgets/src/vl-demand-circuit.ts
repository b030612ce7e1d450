/** The script-tag file for <vl-demand-circuit> alone: lit, core, the element and its own national content. */
export * from '@voix-logement/demand-circuit';
