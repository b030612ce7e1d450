// The embed-code generator for communication services: give the territory's pack, choose a
// widget, set its attributes (read from the Custom Elements Manifest, so a new attribute
// appears here without editing this file, in the French words its `@label` and `@help`
// give), and colours; see it at phone and desktop widths; copy the exact snippet. Plain DOM,
// no framework, no innerHTML (the demo runs under Trusted Types).
import { choicesOf } from './configurator-choices.js';
import { readPack, readingProblem } from './pack-reader.js';

/** @param {string} tag @param {Record<string, string>} [attrs] @param {(Node|string)[]} children */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false && value !== undefined && value !== null) el.setAttribute(name, String(value));
  }
  el.append(...children);
  return el;
}

/** Attributes every widget shares that the page sets itself rather than per field. */
const handledElsewhere = new Set(['content-src']);

/** Colours a partner may set, with the defaults of core/styles.ts. */
export const themeFields = [
  ['--vl-color-primary', 'Couleur principale (liens, boutons)', '#1b4f8f'],
  ['--vl-color-on-primary', 'Texte sur la couleur principale', '#ffffff'],
  ['--vl-color-text', 'Couleur du texte', '#1e1e1e'],
  ['--vl-color-surface', 'Couleur du fond', '#ffffff'],
];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a, b) {
  const lum = (hex) => {
    const n = hex.replace('#', '');
    const full = n.length === 3 ? [...n].map((c) => c + c).join('') : n;
    const [r, g, bl] = [0, 2, 4]
      .map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The elements of the manifest, each with its documented attributes. */
export function widgetsOf(manifest) {
  const widgets = [];
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName?.startsWith('vl-')) continue;
      widgets.push({
        tag: decl.tagName,
        name: decl.fr?.name ?? decl.summary ?? decl.tagName,
        summary: decl.summary ?? decl.description ?? '',
        attributes: decl.attributes ?? [],
      });
    }
  }
  return widgets.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** 'full' | 'compact' → ['full', 'compact']; anything else → null. */
function literalValues(type) {
  const text = type?.text ?? '';
  const parts = text
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.length || !parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/**
 * The snippet a partner pastes: the stylesheet that reserves the widget's room before its
 * script arrives (no layout shift, api.md "Loading"; best in the page's <head>), the script
 * tag (version, integrity) and the element. The stylesheet sits beside the script unless
 * `stylesheetUrl` says otherwise. The snippet is for one widget, so when `files` (the
 * build's dist/voix-logement.json) has that element's own file, the script is that file, with
 * its own hash: a page pays only for what it shows (api.md, Loading).
 */
export function buildSnippet({
  scriptUrl,
  integrity,
  files,
  stylesheetUrl,
  stylesheetIntegrity,
  tag,
  attributes,
  theme,
}) {
  const ownFile = files?.[`${tag}.js`];
  const src = ownFile ? new URL(`${tag}.js`, scriptUrl).href : scriptUrl;
  const scriptIntegrity = ownFile ?? integrity;
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== '' && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join('');
  const integrityOf = (hash) => (hash ? ` integrity="${hash}"` : '');
  const styleHref = stylesheetUrl ?? new URL('voix-logement.css', scriptUrl).href;
  const lines = [
    `<link rel="stylesheet" href="${styleHref}"${integrityOf(stylesheetIntegrity)} crossorigin="anonymous">`,
    `<script type="module" src="${src}"${integrityOf(scriptIntegrity)} crossorigin="anonymous"></script>`,
  ];
  const custom = Object.entries(theme).filter(([, v]) => v);
  if (custom.length) {
    lines.push('<style>', `  ${tag} { ${custom.map(([k, v]) => `${k}: ${v};`).join(' ')} }`, '</style>');
  }
  lines.push(`<${tag}${attrs}></${tag}>`);
  return lines.join('\n');
}

/**
 * Mounts the configurator in `root`.
 * @param {HTMLElement} root
 * @typedef {{ ok: boolean, problems: { path: string, message: string }[] }} Validation
 * @param {{ manifest: object, validatePack: (json: unknown) => Validation, scriptUrl: string,
 *   national: object, mergePacks: (national: object, pack: object) => object,
 *   integrity?: string, files?: Record<string, string>, stylesheetUrl?: string, stylesheetIntegrity?: string,
 *   pack?: string }} options `national` and `mergePacks`: the widgets' own (from the validator
 *   file), for the lists of steps, situations, topics… a field offers; `pack`: an address to
 *   start with (the studio links here with `?pack=`).
 */
export function mountConfigurator(root, options) {
  const widgets = widgetsOf(options.manifest);
  const state = { tag: widgets[0]?.tag ?? '', attributes: {}, theme: {}, pack: '' };
  /** What the widgets will show: the national content, with the checked pack over it. */
  let content = options.national;

  const widgetSelect = h(
    'select',
    { id: 'cfg-widget', name: 'widget' },
    ...widgets.map((w) => h('option', { value: w.tag }, `${w.name} (<${w.tag}>)`)),
  );
  const attributeFields = h('fieldset', { class: 'cfg-attributes' });
  const packInput = h('input', {
    id: 'cfg-pack',
    type: 'url',
    name: 'content-src',
    placeholder: 'https://agglo.example/voix-logement/pack.json',
    'aria-describedby': 'cfg-pack-hint cfg-pack-status',
  });
  const packStatus = h('div', { id: 'cfg-pack-status', class: 'cfg-status', role: 'status' });
  const checkPack = h('button', { type: 'button', id: 'cfg-check-pack' }, 'Vérifier le pack');
  const contrastStatus = h('div', { id: 'cfg-contrast', class: 'cfg-status', role: 'status' });
  const themeFieldset = h('fieldset', { class: 'cfg-theme' }, h('legend', {}, '4. Couleurs (facultatif)'));
  const phone = h('div', {
    class: 'cfg-preview cfg-phone',
    'aria-label': 'Aperçu sur téléphone (360 px)',
    role: 'region',
  });
  const desktop = h('div', { class: 'cfg-preview cfg-desktop', 'aria-label': 'Aperçu sur ordinateur', role: 'region' });
  const snippet = h('textarea', {
    id: 'cfg-snippet',
    readonly: true,
    rows: '7',
    'aria-describedby': 'cfg-snippet-hint cfg-copy-status',
  });
  const copyButton = h('button', { type: 'button', id: 'cfg-copy' }, 'Copier le code');
  const copyStatus = h('p', { id: 'cfg-copy-status', class: 'cfg-status', role: 'status' });

  for (const [property, label, fallback] of themeFields) {
    const id = `cfg${property.replace(/-+/g, '-')}`;
    const input = h('input', { id, type: 'color', value: fallback, 'data-property': property });
    const use = h('input', { id: `${id}-use`, type: 'checkbox', 'data-property': property });
    const update = () => {
      state.theme[property] = use.checked ? input.value : '';
      refresh();
    };
    input.addEventListener('input', () => {
      use.checked = true;
      update();
    });
    use.addEventListener('change', update);
    themeFieldset.append(
      h(
        'div',
        { class: 'cfg-field' },
        use,
        h('label', { for: `${id}-use` }, `Changer : ${label}`),
        input,
        h('label', { for: id, class: 'visually-hidden' }, label),
      ),
    );
  }

  /** The label, hint and control of one attribute, in French, with its choices from the content. */
  function attributeField(attr) {
    const id = `cfg-attr-${attr.name}`;
    const label = attr.fr?.label ?? attr.name;
    const hint = h(
      'p',
      { id: `${id}-hint`, class: 'cfg-hint' },
      attr.fr?.help ?? attr.description ?? '',
      ' ',
      h('span', { class: 'cfg-attribute-name' }, `(attribut ${attr.name})`),
    );
    const set = (value) => {
      state.attributes[attr.name] = value;
      refresh();
    };
    const described = { id, name: attr.name, 'aria-describedby': `${id}-hint` };
    const choices = attr.fr?.choices && choicesOf(content, attr.fr.choices.from);
    const values = literalValues(attr.type);
    const current = state.attributes[attr.name];
    if (choices?.length && attr.fr.choices.list) {
      // A comma list: one checkbox a value, in the content's order.
      const chosen = new Set(
        String(current ?? '')
          .split(',')
          .filter(Boolean),
      );
      const boxes = choices.map((choice) => {
        const box = h('input', { type: 'checkbox', id: `${id}-${choice.value}`, value: choice.value });
        box.checked = chosen.has(choice.value);
        box.addEventListener('change', () =>
          set(
            choices
              .filter((c) => root.querySelector(`#${CSS.escape(`${id}-${c.value}`)}`)?.checked)
              .map((c) => c.value)
              .join(','),
          ),
        );
        return h('div', { class: 'cfg-choice' }, box, h('label', { for: box.id }, choice.label));
      });
      return h(
        'fieldset',
        { class: 'cfg-list', 'aria-describedby': `${id}-hint` },
        h('legend', {}, label),
        hint,
        ...boxes,
      );
    }
    let field;
    if (attr.type?.text === 'boolean') {
      field = h('input', { ...described, type: 'checkbox' });
      field.checked = Boolean(current);
      field.addEventListener('change', () => set(field.checked));
    } else if (choices?.length || values) {
      const options = choices?.length ? choices : values.filter(Boolean).map((v) => ({ value: v, label: v }));
      field = h(
        'select',
        described,
        h('option', { value: '' }, '(par défaut)'),
        ...options.map((o) =>
          h('option', { value: o.value }, o.label === o.value ? o.value : `${o.label} (${o.value})`),
        ),
      );
      field.value = String(current ?? '');
      field.addEventListener('change', () => set(field.value));
    } else {
      field = h('input', { ...described, type: 'text' });
      field.value = String(current ?? '');
      field.addEventListener('input', () => set(field.value.trim()));
    }
    return h('div', { class: 'cfg-field' }, h('label', { for: id }, label), field, hint);
  }

  function renderAttributeFields() {
    const widget = widgets.find((w) => w.tag === state.tag);
    attributeFields.replaceChildren(
      h('legend', {}, '3. Ses réglages'),
      ...(widget?.attributes ?? []).filter((a) => !handledElsewhere.has(a.name)).map(attributeField),
    );
  }

  function currentAttributes() {
    return { ...(state.pack ? { 'content-src': state.pack } : {}), ...state.attributes };
  }

  function preview(container) {
    const el = document.createElement(state.tag);
    for (const [name, value] of Object.entries(currentAttributes())) {
      if (value === true) el.setAttribute(name, '');
      else if (value) el.setAttribute(name, value);
    }
    for (const [property, value] of Object.entries(state.theme))
      if (value) container.style.setProperty(property, value);
      else container.style.removeProperty(property);
    container.replaceChildren(el);
  }

  function checkContrast() {
    const color = (p, fallback) => state.theme[p] || fallback;
    const pairs = [
      ['--vl-color-on-primary', '--vl-color-primary', 'texte sur la couleur principale'],
      ['--vl-color-text', '--vl-color-surface', 'texte sur le fond'],
      ['--vl-color-primary', '--vl-color-surface', 'liens sur le fond'],
    ];
    const problems = [];
    for (const [fg, bg, what] of pairs) {
      const fgValue = color(fg, themeFields.find((f) => f[0] === fg)[2]);
      const bgValue = color(bg, themeFields.find((f) => f[0] === bg)[2]);
      const ratio = contrastRatio(fgValue, bgValue);
      if (ratio < 4.5)
        problems.push(
          `Contraste insuffisant pour le ${what} : ${ratio.toFixed(2)}:1 (${fgValue} sur ${bgValue}), il faut au moins 4,5:1 (WCAG AA).`,
        );
    }
    contrastStatus.replaceChildren(...problems.map((p) => h('p', { class: 'cfg-warning' }, p)));
    return problems;
  }

  function refresh() {
    preview(phone);
    preview(desktop);
    snippet.value = buildSnippet({
      scriptUrl: options.scriptUrl,
      integrity: options.integrity,
      files: options.files,
      stylesheetUrl: options.stylesheetUrl,
      stylesheetIntegrity: options.stylesheetIntegrity,
      tag: state.tag,
      attributes: currentAttributes(),
      theme: state.theme,
    });
    checkContrast();
  }

  /** Says each problem in its own line (a list when there are several). */
  function showProblems(lead, problems) {
    packStatus.replaceChildren(
      h('p', { class: 'cfg-warning' }, lead),
      problems.length > 1 ? h('ul', {}, ...problems.map((p) => h('li', {}, p))) : h('p', {}, problems[0] ?? ''),
    );
  }

  async function validatePackUrl() {
    const url = packInput.value.trim();
    state.pack = url;
    content = options.national;
    if (!url) {
      packStatus.replaceChildren();
      renderAttributeFields();
      refresh();
      return;
    }
    packStatus.replaceChildren(h('p', {}, 'Vérification du pack…'));
    const reading = await readPack(url);
    if (!reading.ok) {
      showProblems(
        'Les widgets afficheront le contenu national seul, car le pack ne peut pas être lu :',
        readingProblem(url, reading, location.origin),
      );
    } else {
      const result = options.validatePack(reading.json);
      if (result.ok) {
        content = options.mergePacks(options.national, reading.json);
        packStatus.replaceChildren(h('p', {}, 'Pack valide : les widgets afficheront le contenu du territoire.'));
      } else {
        showProblems(
          `Pack à corriger (${result.problems.length} ${result.problems.length > 1 ? 'problèmes' : 'problème'}) : ` +
            'tant qu’il ne l’est pas, les widgets afficheront le contenu national.',
          result.problems.map((p) => p.message),
        );
      }
    }
    renderAttributeFields();
    refresh();
  }

  widgetSelect.addEventListener('change', () => {
    state.tag = widgetSelect.value;
    state.attributes = {};
    renderAttributeFields();
    refresh();
  });
  checkPack.addEventListener('click', validatePackUrl);
  packInput.addEventListener('change', validatePackUrl);
  copyButton.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      copyStatus.textContent = 'Code copié. Collez-le dans votre page.';
    } catch {
      snippet.select();
      copyStatus.textContent = 'Copie automatique impossible : le code est sélectionné, copiez-le avec Ctrl+C.';
    }
  });

  root.replaceChildren(
    h(
      'form',
      { class: 'cfg-form', 'aria-label': 'Réglages du widget' },
      h(
        'fieldset',
        {},
        h('legend', {}, '1. Le pack de votre territoire'),
        h(
          'div',
          { class: 'cfg-field' },
          h('label', { for: 'cfg-pack' }, 'Adresse du pack'),
          packInput,
          checkPack,
          h(
            'p',
            { id: 'cfg-pack-hint', class: 'cfg-hint' },
            'L’adresse (https://…) du fichier pack.json de votre territoire, que vous avez publié sur votre site. ' +
              'Vide : le contenu national seul. Les listes de choix ci-dessous (étapes, situations, thèmes…) ' +
              'viennent du pack.',
          ),
        ),
        packStatus,
      ),
      h('div', { class: 'cfg-field' }, h('label', { for: 'cfg-widget' }, '2. Le widget'), widgetSelect),
      attributeFields,
      themeFieldset,
      contrastStatus,
    ),
    h('div', { class: 'cfg-previews' }, phone, desktop),
    h(
      'div',
      { class: 'cfg-output' },
      h('label', { for: 'cfg-snippet' }, 'Code à coller dans votre page'),
      h(
        'p',
        { id: 'cfg-snippet-hint', class: 'cfg-hint' },
        'La première ligne (<link>) réserve la place du widget avant son chargement, pour que le texte autour ' +
          'ne bouge pas : mettez-la de préférence dans le <head> de la page, sinon juste avant le widget.',
      ),
      snippet,
      copyButton,
      copyStatus,
    ),
  );
  renderAttributeFields();
  refresh();
  if (options.pack) {
    packInput.value = options.pack;
    validatePackUrl();
  }
  return { state, refresh, snippet, phone, desktop, checkPack: validatePackUrl };
}
