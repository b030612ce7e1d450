// Custom Elements Manifest, generated from the JSDoc blocks of the elements: it feeds
// Storybook's docs and editors' autocompletion. `packagejson: false` here because the
// command-line flag errors (toolchain.md).
const stateNames = new Set();
/** French wording per class and attribute (see the 'vl-french-wording' plugin). */
const frenchByClass = new Map();

/** The text of a JSDoc tag's comment (a string, or nodes in newer TypeScript). */
const tagText = (tag) =>
  (typeof tag.comment === 'string' ? tag.comment : (tag.comment ?? []).map((c) => c.text).join(''))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The configurator speaks to communication services, in French, not in JSDoc: each
 * attribute's doc says, after its English description,
 *   @label  a short French label ("Étape « vous êtes ici »")
 *   @help   one French sentence on what it does
 *   @choices where its values come from: steps, situations, topics, partnerTypes, questions,
 *           figures, communes (of the national content and the pack) or languages, optionally followed by
 *           "list" for a comma list
 * On a class, for an attribute without a field (`lang`): `@label lang …`, `@help lang …`; and
 * `@widget` names the element itself ("Que faire en urgence"), `@widgetHelp` says in one French
 * sentence what it shows (the WordPress block's description).
 */
function readFrench(ts, node) {
  if (!ts.isClassDeclaration(node) || !node.name) return;
  const byAttribute = new Map();
  const entry = (name) => byAttribute.get(name) ?? byAttribute.set(name, {}).get(name);
  const read = (docs, fieldName) => {
    for (const doc of docs ?? [])
      for (const tag of doc.tags ?? []) {
        const key = tag.tagName.getText();
        if (!['label', 'help', 'choices'].includes(key)) continue; // `@widget`: the element's own name, below
        let text = tagText(tag);
        let name = fieldName;
        if (!name) [name, text] = [text.split(' ')[0], text.split(' ').slice(1).join(' ')];
        if (key === 'choices') {
          const [source, list] = text.split(' ');
          entry(name).choices = { from: source, list: list === 'list' };
        } else entry(name)[key] = text;
      }
  };
  read(node.jsDoc);
  for (const doc of node.jsDoc ?? [])
    for (const tag of doc.tags ?? []) {
      if (tag.tagName.getText() === 'widget') entry('').label = tagText(tag);
      if (tag.tagName.getText() === 'widgetHelp') entry('').help = tagText(tag);
    }
  for (const member of node.members) if (member.name) read(member.jsDoc, member.name.getText());
  frenchByClass.set(node.name.getText(), byAttribute);
}

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
      name: 'vl-french-wording',
      analyzePhase({ ts, node }) {
        readFrench(ts, node);
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules ?? []) {
          for (const decl of mod.declarations ?? []) {
            const own = frenchByClass.get(decl.name)?.get('');
            if (own?.label) decl.fr = { name: own.label, ...(own.help ? { help: own.help } : {}) };
            for (const attribute of decl.attributes ?? []) {
              const owner = attribute.inheritedFrom?.name ?? decl.name;
              const french = frenchByClass.get(owner)?.get(attribute.fieldName ?? attribute.name);
              if (french) attribute.fr = french;
            }
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
