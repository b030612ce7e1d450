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
  fetchJson?: (url: string) => Promise<unknown>;
}
export interface Configurator {
  state: { tag: string; attributes: Record<string, string | boolean>; theme: Record<string, string>; pack: string };
  refresh(): void;
  snippet: HTMLTextAreaElement;
  phone: HTMLElement;
  desktop: HTMLElement;
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
export function widgetsOf(manifest: unknown): { tag: string; summary: string; attributes: { name: string }[] }[];
export const themeFields: [string, string, string][];
