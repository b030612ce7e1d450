// The territory's studio (issue 22): a communication service builds and keeps its content pack
// as forms and tables, never as JSON. Everything happens in this page: the work is kept in its
// localStorage, the pack is checked by the widgets' own validator (dist/voix-logement-validator.js,
// passed in by studio-page.js), previewed with the widgets themselves, and exported as pack.json.
import { h } from './dom.js';
import { getAt, setAt, textIn } from './paths.js';
import { besideField, closest, isUnder } from './problems.js';
import { clearDraft, loadDraft, saveDraft } from './storage.js';
import { startSection } from './section-start.js';
import { territorySection } from './section-territory.js';
import { partnersSection } from './section-partners.js';
import { circuitSection } from './section-circuit.js';
import { scoringSection } from './section-scoring.js';
import { emergencySection } from './section-emergency.js';
import { questionsSection } from './section-questions.js';
import { figuresSection } from './section-figures.js';
import { previewSection } from './preview.js';
import { exportSection } from './export.js';

/**
 * Parts of a pack the studio has no form for yet: kept as they are, and said so. Of
 * `eligibility`, only the scoring grid has its form.
 */
const keptAsIs = [
  [
    'eligibility',
    'les critères d’éligibilité (zone, plafonds, priorités…)',
    (value) => !value || typeof value !== 'object' || Object.keys(value).some((key) => key !== 'scoring'),
  ],
];

/** Field names in words, for a problem on a card not open yet. */
const fieldNames = {
  nom: 'Nom',
  name: 'Nom',
  type: 'Type',
  description: 'Description',
  services: 'Services',
  adresse: 'Adresse',
  code_postal: 'Code postal',
  code_insee: 'Code INSEE',
  commune: 'Commune',
  horaires_accueil: 'Horaires d’accueil',
  telephone: 'Téléphone',
  phone: 'Téléphone',
  sms: 'SMS',
  courriel: 'Courriel',
  site_web: 'Site web',
  url: 'Adresse web',
  accessibilite: 'Accessibilité',
  id: 'Identifiant',
  topic: 'Thème',
  question: 'Question',
  answer: 'Réponse',
  verdict: 'Verdict',
};

/**
 * @param {HTMLElement} root
 * @param {{ validatePack: Function, parsePackText: Function, jsonPath: Function, nationalPack: object,
 *   hours: { parseHours: Function, hoursStatus: Function, weekSummary: Function, holidayHours: Function },
 *   figureIds?: readonly string[],
 *   storage?: Storage, now?: () => Date, today?: () => string, download?: (text: string) => void,
 *   fetch?: typeof fetch, createUrl?: (text: string) => string,
 *   revokeUrl?: (url: string) => void, configuratorUrl?: string, delayMs?: number }} options
 */
export function mountStudio(root, options) {
  const storage = options.storage ?? safeLocalStorage();
  const delayMs = options.delayMs ?? 250;
  const draft = loadDraft(storage);
  const state = { pack: draft?.pack ?? null, validation: null, announced: -1 };
  let fields = [];
  let rows = [];
  const revealers = [];
  const renderers = new Map();
  const sectionStates = new Map();
  let timer;

  const summary = h('section', {
    id: 'st-problems',
    class: 'st-problems',
    'aria-labelledby': 'st-problems-title',
    tabindex: '-1',
  });
  const live = h('p', { id: 'st-live', class: 'st-live', role: 'status' });
  const saved = h('p', { id: 'st-saved', class: 'st-hint' });
  const editor = h('div', { class: 'st-editor' });

  const ctx = {
    get pack() {
      return state.pack;
    },
    national: options.nationalPack,
    hours: options.hours,
    now: options.now ?? (() => new Date()),
    jsonPath: options.jsonPath,
    validatePack: options.validatePack,
    getAt: (keys) => getAt(state.pack, keys),
    setAt: (keys, value) => setAt(state.pack, keys, value),
    change(keys, value) {
      setAt(state.pack, keys, value);
      clearTimeout(timer);
      timer = setTimeout(() => ctx.validateNow(), delayMs);
    },
    register: (entry) => fields.push(entry),
    registerRow: (entry) => rows.push(entry),
    addRevealer: (fn) => revealers.push(fn),
    onRender: (name, fn) => renderers.set(name, fn),
    rerender(name) {
      renderers.get(name)?.();
      showProblems();
    },
    sectionState(name, initial) {
      if (!sectionStates.has(name)) sectionStates.set(name, initial);
      return sectionStates.get(name);
    },
    partnerTypes: () => [
      ...(options.nationalPack.partnerTypes ?? []),
      ...(Array.isArray(state.pack?.partnerTypes) ? state.pack.partnerTypes : []),
    ],
    announce: (text) => {
      live.textContent = text;
    },
    /** Checks the pack now, saves it, and shows each problem next to its field. */
    validateNow() {
      clearTimeout(timer);
      if (!state.pack) return;
      state.validation = options.validatePack(state.pack);
      save();
      showProblems();
    },
    problemsUnder: (prefix) => (state.validation?.problems ?? []).filter((p) => isUnder(p.path, prefix)),
  };

  function save() {
    const ok = saveDraft(storage, state.pack, ctx.now());
    saved.textContent = ok
      ? `Enregistré dans ce navigateur à ${ctx.now().toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}. Rien n’est envoyé ailleurs.`
      : 'Ce navigateur refuse d’enregistrer le travail (navigation privée ou espace plein) : exportez pack.json régulièrement.';
  }

  /** Where a path is, in words: "Partenaire n° 4 « CCAS de Montval »". */
  function where(path) {
    const m =
      /^\$\.(partners|questions\.items|emergency\.contacts|circuit\.steps|figures\.items|eligibility\.scoring\.criteria)\[(\d+)\]/.exec(
        path,
      );
    if (!m) {
      if (path.startsWith('$.territory')) return 'Territoire';
      return path.startsWith('$.eligibility.scoring') ? 'Grille de cotation' : '';
    }
    const i = Number(m[2]);
    const entry = getAt(state.pack, [...m[1].split('.'), i]);
    if (m[1] === 'partners') return `Partenaire n° ${i + 1} « ${textIn(entry?.nom, 'fr') || 'sans nom'} »`;
    if (m[1] === 'questions.items') return `Question « ${textIn(entry?.question, 'fr') || entry?.id} »`;
    if (m[1] === 'figures.items') return `Chiffre n° ${i + 1}`;
    if (m[1] === 'eligibility.scoring.criteria')
      return `Critère de cotation n° ${i + 1} « ${textIn(entry?.label, 'fr') || 'sans intitulé'} »`;
    if (m[1] === 'emergency.contacts') return `Numéro « ${textIn(entry?.name, 'fr') || entry?.id} »`;
    const step = options.nationalPack.circuit?.steps?.find((s) => s.id === entry?.id);
    return `Étape « ${textIn(step?.title, 'fr') || entry?.id} »`;
  }

  function goTo(problem) {
    let target = closest(problem.path, connected(fields), (f) => f.path());
    if (!target || target.path() !== problem.path) {
      // The field may be on a card not open yet (a partner of the table).
      if (revealers.some((reveal) => reveal(problem.path))) {
        showProblems();
        target = closest(problem.path, connected(fields), (f) => f.path()) ?? target;
      }
    }
    if (target) {
      for (let d = target.input.closest('details'); d; d = d.parentElement?.closest('details')) d.open = true;
      target.input.focus();
    }
  }

  const connected = (list) => list.filter((f) => f.input?.isConnected ?? f.el?.isConnected);

  function showProblems() {
    fields = connected(fields);
    rows = rows.filter((r) => r.el.isConnected);
    const validation = state.validation;
    if (!validation || !state.pack) return;
    const problems = validation.problems;
    for (const f of fields) {
      f.error.replaceChildren();
      f.input.removeAttribute('aria-invalid');
    }
    const placed = new Map();
    for (const problem of problems) {
      const f = closest(problem.path, fields, (x) => x.path());
      placed.set(problem, f);
      if (!f) continue;
      f.error.append(h('span', {}, besideField(problem.message)));
      f.input.setAttribute('aria-invalid', 'true');
    }
    for (const row of rows) {
      const n = problems.filter((p) => isUnder(p.path, row.path())).length;
      row.badge.textContent = n ? `À corriger (${n})` : 'Complet';
      row.badge.className = n ? 'st-badge st-badge-error' : 'st-badge st-badge-ok';
    }
    const count = validation.count;
    const items = problems.map((problem) => {
      const f = placed.get(problem);
      const place = where(problem.path);
      const label = f?.label ?? fieldNames[/\.([a-z_A-Z]+)(\[\d+\])?$/.exec(problem.path)?.[1] ?? ''];
      const text =
        place || f ? `${[place, label].filter(Boolean).join(', ')} : ${besideField(problem.message)}` : problem.message;
      const button = h('button', { type: 'button', class: 'st-link-button' }, text);
      button.addEventListener('click', () => goTo(problem));
      return h('li', {}, button);
    });
    const warnings = validation.warnings ?? [];
    summary.replaceChildren(
      h(
        'h2',
        { id: 'st-problems-title' },
        count
          ? `${count} problème${count > 1 ? 's' : ''} à corriger avant d’exporter`
          : 'Aucun problème : le pack peut être exporté',
      ),
      ...(items.length ? [h('ul', {}, ...items)] : []),
      ...(count > problems.length
        ? [h('p', {}, `Et ${count - problems.length} autres, listés quand ceux-ci seront corrigés.`)]
        : []),
      ...(warnings.length
        ? [
            h('h3', {}, 'Remarques (n’empêchent pas l’export)'),
            h('ul', {}, ...warnings.map((w) => h('li', {}, w.message))),
          ]
        : []),
    );
    summary.classList.toggle('st-problems-ok', !count);
    if (count !== state.announced) {
      state.announced = count;
      live.textContent = count
        ? `${count} problème${count > 1 ? 's' : ''} à corriger.`
        : 'Plus aucun problème : le pack peut être exporté.';
    }
  }

  function start(pack, how) {
    state.pack = pack;
    state.announced = -1;
    sectionStates.clear();
    renderEditor();
    ctx.validateNow();
    const kept = keptAsIs.filter(([key, , held]) => pack[key] !== undefined && held(pack[key])).map(([, what]) => what);
    const note = document.getElementById('st-start-message');
    note?.replaceChildren(
      h('p', {}, how),
      ...(kept.length ? [h('p', {}, `Gardés tels quels (pas encore de formulaire ici) : ${kept.join(' ; ')}.`)] : []),
    );
    summary.focus();
  }

  function renderEditor() {
    fields = [];
    rows = [];
    revealers.length = 0;
    renderers.clear();
    // The steps' links lead somewhere only once there is a pack to edit.
    toc.hidden = !state.pack;
    const warning = document.getElementById('st-start-warning');
    if (warning)
      warning.textContent = state.pack
        ? 'Commencer ou ouvrir un pack remplace celui en cours dans ce navigateur : exportez-le d’abord si vous voulez le garder.'
        : '';
    if (!state.pack) {
      editor.replaceChildren();
      return;
    }
    const preview = previewSection(ctx, { createUrl: options.createUrl, revokeUrl: options.revokeUrl });
    const exporter = exportSection(ctx, {
      download: options.download,
      today: options.today,
      configuratorUrl: options.configuratorUrl,
    });
    editor.replaceChildren(
      summary,
      territorySection(ctx),
      partnersSection(ctx),
      circuitSection(ctx),
      scoringSection(ctx),
      emergencySection(ctx),
      questionsSection(ctx),
      figuresSection(ctx, options.figureIds ?? []),
      preview.section,
      exporter.section,
    );
    api.preview = preview;
    api.exporter = exporter;
  }

  const forget = h('button', { type: 'button', id: 'st-forget' }, 'Effacer le travail de ce navigateur');
  forget.addEventListener('click', () => {
    clearDraft(storage);
    state.pack = null;
    state.validation = null;
    renderEditor();
    saved.textContent = 'Travail effacé de ce navigateur.';
    document.getElementById('st-start-title')?.focus();
  });

  const api = { ctx, state, start, preview: null, exporter: null, validateNow: () => ctx.validateNow() };
  const toc = h(
    'nav',
    { class: 'st-toc', 'aria-label': 'Étapes du studio' },
    h(
      'ol',
      {},
      ...[
        ['st-start-title', 'Votre pack'],
        ['st-territory-title', 'Territoire'],
        ['st-partners-title', 'Partenaires'],
        ['st-circuit-title', 'Parcours'],
        ['st-scoring-title', 'Cotation'],
        ['st-emergency-title', 'Urgences'],
        ['st-questions-title', 'Questions'],
        ['st-figures-title', 'Chiffres'],
        ['st-preview-title', 'Aperçu'],
        ['st-export-title', 'Export'],
      ].map(([id, text]) => h('li', {}, h('a', { href: `#${id}` }, text))),
    ),
  );
  root.replaceChildren(
    toc,
    startSection({
      start,
      parsePackText: options.parsePackText,
      fetch: options.fetch ?? ((url, init) => fetch(url, init)),
      hasWork: () => !!state.pack,
    }),
    h('div', { class: 'st-draft' }, saved, forget),
    live,
    editor,
  );
  if (draft)
    saved.textContent = `Travail repris : enregistré dans ce navigateur le ${new Date(draft.savedAt).toLocaleString('fr-FR')}.`;
  renderEditor();
  if (state.pack) {
    state.validation = options.validatePack(state.pack);
    showProblems();
  }
  return api;
}

function safeLocalStorage() {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
