// The work in progress, kept in this page's localStorage only: nothing is sent anywhere.

export const storageKey = 'voix-logement.studio.v1';

/**
 * @param {Storage | undefined} storage
 * @returns {{ pack: Record<string, unknown>, savedAt: string } | null}
 */
export function loadDraft(storage) {
  try {
    const text = storage?.getItem(storageKey);
    if (!text) return null;
    const draft = JSON.parse(text);
    return draft && typeof draft.pack === 'object' && draft.pack ? draft : null;
  } catch {
    return null;
  }
}

/** @returns {boolean} false when the browser refuses (private mode, storage full). */
export function saveDraft(storage, pack, now = new Date()) {
  try {
    storage?.setItem(storageKey, JSON.stringify({ pack, savedAt: now.toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage) {
  try {
    storage?.removeItem(storageKey);
  } catch {
    /* nothing kept, nothing to clear */
  }
}
