/**
 * Accent- and case-insensitive search: "echirolles" finds "Échirolles", "coeur" finds
 * "Cœur" (NFD leaves œ and æ whole, hence the extra replacements).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/gi, 'oe')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
