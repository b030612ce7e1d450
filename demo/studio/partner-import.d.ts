// Types of partner-import.js, for the browser tests.
export const partnerColumns: [string, string, string[]][];
export function guessMapping(headers: string[]): Record<string, number>;
export function matchPartnerType(value: string, types: { id: string; label: unknown }[]): string | undefined;
export function rowsToPartners(
  rows: string[][],
  mapping: Record<string, number>,
  options: { takenIds: Iterable<string>; types: { id: string; label: unknown }[]; firstLine?: number },
): { partners: Record<string, unknown>[]; remarks: string[] };
