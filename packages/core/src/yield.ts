/**
 * Gives the main thread back (scheduler.yield where the browser has it): long work is cut
 * into tasks of its own (api.md: no main-thread task over 50 ms).
 */
export const yieldToMain = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
};
