/**
 * Stands in for @lit/localize's id-generation (an FNV hash of a template) in the bundle:
 * every msg() here has an explicit id, so no id is ever generated. Failing loudly keeps
 * that true.
 */
export function generateMsgId(): string {
  throw new Error('Voix Logement: every msg() needs an explicit id');
}
