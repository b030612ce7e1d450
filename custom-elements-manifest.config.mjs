// Custom Elements Manifest, generated from the JSDoc blocks of the elements: it feeds
// Storybook's docs and editors' autocompletion. `packagejson: false` here because the
// command-line flag errors (toolchain.md).
const stateNames = new Set();

export default {
  globs: ['packages/core/src/vl-element.ts', 'packages/*/src/vl-*.ts', 'packages/*/src/index.ts'],
  exclude: ['**/*.test.ts', '**/*.styles.ts', 'packages/widgets/**', 'packages/core/src/index.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  dependencies: false,
  plugins: [
    {
      // Elements declare reactive properties in `static properties` (no decorators: smaller
      // bundle). The analyzer reads `{ state: true }` entries as attributes; they are internal
      // state, so drop them from the attributes and their members' `attribute`.
      name: 'vl-internal-state-is-no-attribute',
      analyzePhase({ ts, node }) {
        if (!ts.isPropertyDeclaration(node) || node.name.getText() !== 'properties') return;
        if (!node.initializer || !ts.isObjectLiteralExpression(node.initializer)) return;
        for (const entry of node.initializer.properties) {
          if (ts.isPropertyAssignment(entry) && /\bstate:\s*true\b/.test(entry.initializer.getText()))
            stateNames.add(entry.name.getText());
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            if (decl.attributes)
              decl.attributes = decl.attributes.filter((a) => !stateNames.has(a.fieldName ?? a.name));
            for (const member of decl.members ?? []) if (stateNames.has(member.name)) delete member.attribute;
          }
        }
      },
    },
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
