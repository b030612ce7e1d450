// Types of configurator.js, for the browser tests that drive it.
export interface ConfiguratorOptions {
  manifest: unknown;
  validatePack: (json: unknown) => { ok: boolean; problems: { path: string; message: string }[] };
  scriptUrl: string;
  integrity?: string;
  /** Each script-tag file's integrity hash (dist/voix-logement.json `files`). */
  files?: Record<string, string>;
  stylesheetUrl?: string;
  stylesheetIntegrity?: string;
  /** The widgets' national content and merge: the lists of choices come from them and the pack. */
  national: object;
  mergePacks: (national: object, pack: object) => object;
  /** A pack address to start with (`configurateur.html?pack=…`). */
  pack?: string;
}
export interface Configurator {
  state: { tag: string; attributes: Record<string, string | boolean>; theme: Record<string, string>; pack: string };
  refresh(): void;
  snippet: HTMLTextAreaElement;
  phone: HTMLElement;
  desktop: HTMLElement;
  /** Reads and checks the pack address in the form (as the "Vérifier le pack" button does). */
  checkPack(): Promise<void>;
}
export function mountConfigurator(root: HTMLElement, options: ConfiguratorOptions): Configurator;
export function contrastRatio(a: string, b: string): number;
export function buildSnippet(options: {
  scriptUrl: string;
  integrity?: string;
  /** Each script-tag file's integrity hash (dist/voix-logement.json `files`). */
  files?: Record<string, string>;
  stylesheetUrl?: string;
  stylesheetIntegrity?: string;
  tag: string;
  attributes: Record<string, string | boolean>;
  theme: Record<string, string>;
}): string;
export function widgetsOf(
  manifest: unknown,
): { tag: string; name: string; summary: string; attributes: { name: string }[] }[];
export const themeFields: [string, string, string][];
