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
import { importFigures } from './figures-csv.js';

interface NodeProcess {
  argv: string[];
  exitCode?: number;
  stdout: { write(text: string): boolean };
  stderr: { write(text: string): boolean };
}
declare const process: NodeProcess;
type ReadFile = (path: string, encoding: 'utf8') => Promise<string>;
type WriteFile = (path: string, text: string, encoding: 'utf8') => Promise<void>;

/** Packs larger than this are refused by the widgets (see maxPackBytes in @voix-logement/core). */
const widgetLimitBytes = 5_000_000;

const usage = `Usage : npx @voix-logement/content validate <pack.json>
        npx @voix-logement/content figures import <chiffres.csv> --pack <pack.json>

validate : vérifie un pack de contenu Voix Logement et explique, en français, chaque champ à corriger.
figures import : lit les chiffres clés du territoire dans un fichier CSV (modèle : chiffres-cles-modele.csv),
  vérifie chaque ligne, puis les écrit dans la section "figures" du pack (qui est remplacée).
Codes de sortie : 0 pack valide (ou chiffres importés), 1 pack ou CSV à corriger (rien n'est écrit),
  2 fichier illisible ou qui n'est pas du JSON, ou commande incorrecte.
`;

const out = (text: string) => process.stdout.write(`${text}\n`);
const err = (text: string) => process.stderr.write(`${text}\n`);

function list(title: string, items: readonly { message: string }[], total = items.length): void {
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
  if (command === 'figures') return importFiguresCommand(args.slice(1));
  if (command !== 'validate' || !file || rest.length) {
    err(usage);
    return 2;
  }
  const text = await readText(file);
  if (text === undefined) return 2;
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

/** The text of `file`, or undefined after a French message saying why it cannot be read. */
async function readText(file: string): Promise<string | undefined> {
  const { readFile } = (await import('node:fs/promises' as string)) as { readFile: ReadFile };
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why = code === 'ENOENT' ? 'fichier introuvable' : code === 'EISDIR' ? "c'est un dossier" : String(error);
    err(`Impossible de lire ${file} : ${why}.`);
    return undefined;
  }
}

/**
 * `figures import chiffres.csv --pack pack.json`: checks every row of the CSV, then
 * replaces the pack's `figures` and checks the whole pack before writing it. Nothing is
 * written while a row or the pack has a problem.
 */
async function importFiguresCommand(args: readonly string[]): Promise<number> {
  const [sub, csvFile, flag, packFile, ...rest] = args;
  if (sub !== 'import' || !csvFile || flag !== '--pack' || !packFile || rest.length) {
    err(usage);
    return 2;
  }
  const csv = await readText(csvFile);
  const packText = csv === undefined ? undefined : await readText(packFile);
  if (csv === undefined || packText === undefined) return 2;
  const parsed = parsePackText(packText);
  if (!parsed.ok) {
    err(`${packFile} : ${parsed.problem.message}`);
    return 2;
  }
  const pack = parsed.value as { territory?: Parameters<typeof importFigures>[1]; figures?: unknown };
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) {
    err(`${packFile} : le pack doit être un objet JSON { … }.`);
    return 2;
  }
  const imported = importFigures(csv, pack.territory);
  if (!imported.ok) {
    const n = imported.problems.length;
    const lines = new Set(imported.problems.map((p) => p.line)).size;
    list(
      `${csvFile} : ${n} problème${n > 1 ? 's' : ''} sur ${lines} ligne${lines > 1 ? 's' : ''}, rien n'a été écrit.`,
      imported.problems.slice(0, 50),
      n,
    );
    return 1;
  }
  const next = { ...pack, figures: { ...(pack.figures as object | undefined), items: imported.items } };
  const result = validatePack(next);
  if (!result.ok) {
    list(
      `${packFile} : le pack, avec ces chiffres, est à corriger ; rien n'a été écrit.`,
      result.problems,
      result.count,
    );
    return 1;
  }
  const { writeFile } = (await import('node:fs/promises' as string)) as { writeFile: WriteFile };
  await writeFile(packFile, `${JSON.stringify(next, null, 2)}\n`, 'utf8');
  const n = imported.items.length;
  out(
    `${n} chiffre${n > 1 ? 's' : ''} clé${n > 1 ? 's' : ''} importé${n > 1 ? 's' : ''} de ${csvFile} dans ${packFile}.`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
