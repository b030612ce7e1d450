// A CSV file as a spreadsheet exports it: `;` (French Excel, LibreOffice) or `,`, quoted cells with
// line breaks and doubled quotes, UTF-8 (with or without BOM) or Windows-1252 (older Excel).

/**
 * Decodes a file's bytes: UTF-8 when they are valid UTF-8, else Windows-1252 (what Excel writes
 * for "CSV (séparateur : point-virgule)" on Windows).
 * @param {ArrayBuffer | Uint8Array} bytes
 * @returns {{ text: string, encoding: 'UTF-8' | 'Windows-1252' }}
 */
export function decodeText(bytes) {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(view);
    return { text: text.replace(/^\uFEFF/, ''), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(view), encoding: 'Windows-1252' };
  }
}

/** The separator of the header line: the one of `;`, `,` and tab found most often outside quotes. */
export function detectDelimiter(text) {
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char]++;
  }
  return /** @type {';' | ',' | '\t'} */ (Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]);
}

/**
 * Parses CSV text into rows of cells (RFC 4180, plus the spreadsheet habits above). Empty lines are
 * dropped; cells are trimmed.
 * @returns {{ delimiter: string, rows: string[][] }}
 */
export function parseCsv(text, delimiter = detectDelimiter(text)) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === delimiter) {
      row.push(cell.trim());
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      if (row.some((c) => c !== '')) rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  row.push(cell.trim());
  if (row.some((c) => c !== '')) rows.push(row);
  return { delimiter, rows };
}
