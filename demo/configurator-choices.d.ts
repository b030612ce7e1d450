// Types of configurator-choices.js, for the browser tests.
export function choicesOf(content: unknown, from: string): { value: string; label: string }[];
