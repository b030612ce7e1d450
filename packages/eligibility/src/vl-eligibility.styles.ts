import { css } from 'lit';
import { baseStyles } from '@voix-logement/core';

// One rule a line: lit keeps the whitespace of css`` in the bundle.
export const styles = [
  baseStyles,
  css`
.root { padding: var(--vl-_space); }
ul { margin: 0 0 var(--vl-_space); padding-inline-start: 1.25em; }
li { margin-block: 0.25em; }
.lead, legend, caption, .field label, .error, button { font-weight: 600; }
.small, .hint { font-size: 0.875em; color: var(--vl-_muted); }
.scroll { overflow-x: auto; margin-block-end: 0.5em; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: start; }
th, td { border: 1px solid var(--vl-_border); padding: 0.25em 0.5em; text-align: start; vertical-align: top; }
thead th, td { white-space: nowrap; }
tbody th { font-weight: normal; }
.na { font-style: italic; }
fieldset { border: 1px solid var(--vl-_border); border-radius: var(--vl-_radius); margin: 0 0 var(--vl-_space); }
form { display: grid; gap: 0.75em; justify-items: start; margin-block-end: var(--vl-_space); }
.field { display: grid; gap: 0.25em; }
.field p { margin: 0; }
input[type='text'] { font: inherit; min-height: 44px; width: 6em; padding: 0.25em 0.5em; border: 2px solid var(--vl-_border); border-radius: var(--vl-_radius); background: var(--vl-_surface); color: inherit; }
input.wide { width: 12em; max-width: 100%; }
input[aria-invalid='true'] { border-color: var(--vl-_danger); }
.choice { display: flex; gap: 0.5em; align-items: center; min-height: 44px; }
.choice input { width: 1.25em; height: 1.25em; margin: 0; flex: none; }
.error { color: var(--vl-_danger); }
button { font: inherit; font-weight: 600; min-height: 44px; padding: 0.5em 1.25em; border: 2px solid var(--vl-_primary); border-radius: var(--vl-_radius); background: var(--vl-_primary); color: var(--vl-_on-primary); cursor: pointer; }
.result { border-inline-start: 4px solid var(--vl-_primary); padding-inline-start: var(--vl-_space); margin-block-end: var(--vl-_space); }
@container (max-width: 30rem) { thead th, td { white-space: normal; } th, td { padding: 0.25em; } }
@media (forced-colors: active) { button { border-color: ButtonText; } .result { border-inline-start-color: CanvasText; } }
@media print { form, .status { display: none; } .scroll { overflow: visible; } }
`,
];
