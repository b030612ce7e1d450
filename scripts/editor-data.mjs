// Editor support generated from custom-elements.json, so it never drifts from the JSDoc:
//   custom-elements.json in each element's package (its `customElements` field), with paths
//     of the published files;
//   vscode.html-custom-data.json (VS Code's "html.customData" setting) and web-types.json
//     (JetBrains IDEs read it through the package's `web-types` field), per element package
//     and for the bundle package with every element;
//   packages/widgets/types/jsx.d.ts, jsx-react.d.ts and jsx-preact.d.ts: the elements'
//     attributes as JSX intrinsic elements for React and Preact users.
// Called by scripts/manifest.mjs after it writes the manifest.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** 'full' | 'compact' → ['full', 'compact']; anything else → null. */
function literalValues(typeText = '') {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter(Boolean);
  if (!parts.length || !parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) return null;
  return parts.map((part) => part.slice(1, -1)).filter((value) => value !== '');
}

/** Each element of the manifest: tag, package folder, description and attributes. */
export function elementsOf(manifest) {
  const elements = [];
  for (const mod of manifest.modules ?? []) {
    const folder = mod.path.match(/^packages\/([^/]+)\//)?.[1];
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName?.startsWith('vl-')) continue;
      const attributes = (decl.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        const kind = attribute.type?.text === 'boolean' ? 'boolean' : values ? 'choice' : 'text';
        return { name: attribute.name, kind, values: values ?? [], description: attribute.description ?? '' };
      });
      elements.push({ tag: decl.tagName, folder, description: decl.summary ?? decl.description ?? '', attributes });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The manifest of one package: its modules, with the paths of its published files. */
export function packageManifest(manifest, folder) {
  const local = (path) => path.replace(/^\/?packages\/[^/]+\/src\/([\w.-]+)\.(ts|js)$/, 'dist/$1.js');
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    const copy = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = rewrite(inner);
    const from = typeof value.module === 'string' ? value.module.match(/^\/?packages\/([^/]+)\/src\//)?.[1] : null;
    if (from) {
      copy.module = local(value.module);
      if (from !== folder) copy.package = `@voix-logement/${from}`;
    }
    return copy;
  };
  const modules = manifest.modules
    .filter((mod) => mod.path.startsWith(`packages/${folder}/`))
    .map((mod) => ({ ...rewrite(mod), path: local(mod.path) }));
  return { ...manifest, modules };
}

export function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: element.description,
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: attribute.description,
        ...(attribute.kind === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attribute.kind === 'choice' ? { values: attribute.values.map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

export function webTypes(elements, packageJson) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: packageJson.name,
    version: packageJson.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: element.description,
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value:
              attribute.kind === 'boolean'
                ? { kind: 'no-value', type: 'boolean' }
                : { kind: 'plain', type: attribute.kind === 'choice' ? attribute.values : 'string' },
          })),
        })),
      },
    },
  };
}

const typeOf = (attribute) =>
  attribute.kind === 'boolean'
    ? 'boolean'
    : attribute.kind === 'choice'
      ? attribute.values.map((value) => `'${value}'`).join(' | ')
      : 'string';

/** A JSDoc comment wrapped at 100 columns, so the types read well on hover and in the file. */
function comment(text, indent) {
  if (!text) return '';
  const words = text.replace(/\*\//g, '*\\/').split(/\s+/).filter(Boolean);
  const lines = [];
  let line = '';
  for (const word of words) {
    if (line && indent.length + 3 + line.length + 1 + word.length > 100) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `${indent}/**\n${lines.map((text) => `${indent} * ${text}`).join('\n')}\n${indent} */\n`;
}

/** A property name, quoted only when it must be (`'content-src'`, not `'variant'`). */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

export function jsxTypes(elements) {
  const body = elements
    .map((element) => {
      const attributes = element.attributes
        .map(
          (attribute) => `${comment(attribute.description, '    ')}    ${key(attribute.name)}?: ${typeOf(attribute)};`,
        )
        .join('\n');
      return `${comment(element.description, '  ')}  '${element.tag}': {\n${attributes}\n  };`;
    })
    .join('\n');
  const header = '// Generated by scripts/editor-data.mjs from custom-elements.json: do not edit.\n';
  const shared = `${header}\n/** The documented attributes of each Voix Logement element. */\nexport interface VlElementAttributes {\n${body}\n}\n`;
  const react = `${header}// Use: import type {} from '@voix-logement/widgets/jsx-react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VlElementAttributes } from './jsx.js';

type VlReactElements = {
  [Tag in keyof VlElementAttributes]: VlElementAttributes[Tag] &
    DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;
};

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends VlReactElements {}
  }
}
`;
  const preact = `${header}// Use: import type {} from '@voix-logement/widgets/jsx-preact';
// HTMLAttributes is exported by preact itself since 10.20 (and only there in Preact 11).
import type { HTMLAttributes } from 'preact';
import type { VlElementAttributes } from './jsx.js';

type VlPreactElements = {
  [Tag in keyof VlElementAttributes]: VlElementAttributes[Tag] & HTMLAttributes<HTMLElement>;
};

declare module 'preact' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends VlPreactElements {}
  }
}
`;
  return { shared, react, preact };
}

const writeJson = (path, data) => writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);

/** Writes every file listed at the top of this module. */
export function writeEditorData(manifest) {
  const elements = elementsOf(manifest);
  for (const folder of new Set(elements.map((element) => element.folder))) {
    const own = elements.filter((element) => element.folder === folder);
    const packageJson = JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8'));
    writeJson(`packages/${folder}/custom-elements.json`, packageManifest(manifest, folder));
    writeJson(`packages/${folder}/vscode.html-custom-data.json`, vscodeData(own));
    writeJson(`packages/${folder}/web-types.json`, webTypes(own, packageJson));
  }
  const widgets = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
  writeJson('packages/widgets/vscode.html-custom-data.json', vscodeData(elements));
  writeJson('packages/widgets/web-types.json', webTypes(elements, widgets));
  const jsx = jsxTypes(elements);
  mkdirSync('packages/widgets/types', { recursive: true });
  writeFileSync('packages/widgets/types/jsx.d.ts', jsx.shared);
  writeFileSync('packages/widgets/types/jsx-react.d.ts', jsx.react);
  writeFileSync('packages/widgets/types/jsx-preact.d.ts', jsx.preact);
  return elements.length;
}
