// Custom Elements Manifest, generated from the JSDoc blocks of the elements: it feeds
// Storybook's docs and editors' autocompletion. `packagejson: false` here because the
// command-line flag errors (toolchain.md).
export default {
  globs: ['packages/core/src/vl-element.ts', 'packages/*/src/vl-*.ts', 'packages/*/src/index.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', 'packages/widgets/**', 'packages/core/src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  plugins: [
    {
      // A typed event class dispatched in code shows up as a second, nameless event next
      // to the one documented with @fires: keep the documented one.
      name: 'vl-drop-nameless-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
