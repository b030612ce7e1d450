// Types of studio.js, for the browser tests that drive it.
/* eslint-disable @typescript-eslint/no-explicit-any -- the pack being edited is plain JSON */
export interface StudioOptions {
  validatePack: (json: unknown) => {
    ok: boolean;
    problems: { path: string; message: string }[];
    count: number;
    warnings: { path: string; message: string }[];
  };
  parsePackText: (text: string) => { ok: true; value: unknown } | { ok: false; problem: { message: string } };
  jsonPath: (keys: readonly (string | number)[]) => string;
  nationalPack: unknown;
  /** The schema's figure ids (for the key figures' list). */
  figureIds?: readonly string[];
  hours: { parseHours: unknown; hoursStatus: unknown; weekSummary: unknown; holidayHours: unknown };
  /** Where the work is kept (default: this page's localStorage). */
  storage?: Storage;
  now?: () => Date;
  /** The export's date (AAAA-MM-JJ), written to territory.updatedOn. */
  today?: () => string;
  /** Receives pack.json's text (default: a download through a Blob URL). */
  download?: (text: string) => void;
  /** How the pack is fetched from its address (tests give their own). */
  fetch?: typeof fetch;
  createUrl?: (text: string) => string;
  revokeUrl?: (url: string) => void;
  configuratorUrl?: string;
  /** Wait after a keystroke before checking the pack again (default 250 ms). */
  delayMs?: number;
}
export interface Studio {
  state: { pack: any; validation: unknown };
  start(pack: unknown, how: string): void;
  preview: { phone: HTMLElement; desktop: HTMLElement; render(): Promise<void> } | null;
  exporter: { run(confirmed?: boolean): string | null } | null;
  validateNow(): void;
}
export function mountStudio(root: HTMLElement, options: StudioOptions): Studio;
