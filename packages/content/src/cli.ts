#!/usr/bin/env node
/**
 * The pack validator for communication services, with nothing to install but Node.js:
 *
 *   npx @voix-logement/content validate pack.json
 *
 * Exit 0: the pack is valid (a summary in French, counts per section).
 * Exit 1: the pack has problems (each names its JSON path, what was expected, an example).
 * Exit 2: the file cannot be read or is not JSON, or the command is wrong.
 *
 * Node's own modules are imported dynamically and typed here, so this file compiles with
 * the package's browser-only TypeScript settings.
 */
import { packSummary, parsePackText, validatePack, type PackProblem } from './validate.js';
import { localize } from './text.js';

interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
}
declare const process: NodeProcess;
type ReadFile = (path: string, encoding: 'utf8') => Promise<string>;

/** Packs larger than this are refused by the widgets (see maxPackBytes in @voix-logement/core). */
const widgetLimitBytes = 5_000_000;

const usage = `Usage : npx @voix-logement/content validate <pack.json>

Vérifie un pack de contenu Voix Logement et explique, en français, chaque champ à corriger.
Codes de sortie : 0 pack valide, 1 pack à corriger, 2 fichier illisible ou qui n'est pas du JSON.
`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function list(title: string, items: readonly PackProblem[], total = items.length): void {
  err(title);
  for (const p of items) err(`  - ${p.message}`);
  if (total > items.length) err(`  … et ${total - items.length} autre(s).`);
}

export async function main(args: readonly string[]): Promise<number> {
  const [command, file, ...rest] = args;
  if (command === '--help' || command === '-h' || command === 'help') {
    out(usage);
    return 0;
  }
  if (command !== 'validate' || !file || rest.length) {
    err(usage);
    return 2;
  }
  const { readFile } = (await import('node:fs/promises' as string)) as { readFile: ReadFile };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? "c'est un dossier" : String(error);
    err(`Impossible de lire ${file} : ${why}.`);
    return 2;
  }
  const parsed = parsePackText(text);
  if (!parsed.ok) {
    err(`${file} : ${parsed.problem.message}`);
    return 2;
  }
  const result = validatePack(parsed.value);
  const bytes = new TextEncoder().encode(text).byteLength;
  const sizeWarning: PackProblem[] =
    bytes > widgetLimitBytes
      ? [
          {
            path: '$',
            message: `Le fichier pèse ${bytes} octets : les widgets refusent un pack de plus de ${widgetLimitBytes} octets.`,
          },
        ]
      : [];
  if (!result.ok) {
    const n = result.count;
    list(`${file} : pack à corriger, ${n} problème${n > 1 ? 's' : ''}.`, result.problems, n);
    if (result.warnings.length) list('Remarques :', result.warnings);
    return 1;
  }
  if (sizeWarning.length) {
    list(`${file} : pack trop lourd pour les widgets.`, sizeWarning);
    return 1;
  }
  const name = localize(result.pack.territory?.name, 'fr');
  const counts = packSummary(result.pack)
    .filter((row) => row.count > 0)
    .map((row) => `  - ${row.count} ${row.label}`);
  out(`Pack valide : ${file}${name ? ` (${name})` : ''}, version de schéma ${result.pack.schemaVersion}.`);
  out(counts.length ? counts.join('\n') : '  (aucune section : le contenu national sera affiché tel quel)');
  if (result.warnings.length) list('Remarques :', result.warnings);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
