// Types of storage.js, for the browser tests.
export const storageKey: string;
export function loadDraft(storage: Storage | undefined): { pack: Record<string, unknown>; savedAt: string } | null;
export function saveDraft(storage: Storage | undefined, pack: unknown, now?: Date): boolean;
export function clearDraft(storage: Storage | undefined): void;
