// Types of csv.js, for the browser tests.
export function decodeText(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: 'UTF-8' | 'Windows-1252' };
export function detectDelimiter(text: string): ';' | ',' | '\t';
export function parseCsv(text: string, delimiter?: string): { delimiter: string; rows: string[][] };
