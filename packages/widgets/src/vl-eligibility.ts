/** The script-tag file for <vl-eligibility> alone: lit, core, the element and its own national content. */
export * from '@voix-logement/eligibility';
