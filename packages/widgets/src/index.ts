/**
 * The script-tag bundle: importing each widget package defines its element (guarded, so
 * a page that loads the bundle twice keeps working), and exports its class and typed events.
 */
export * from '@voix-logement/demand-circuit';
export * from '@voix-logement/eligibility';
export * from '@voix-logement/emergency';
export * from '@voix-logement/directory';
export * from '@voix-logement/questions';
export * from '@voix-logement/key-figures';
