// Where the work starts: a new pack for a territory, a pack file, or a pack already online.
import { h, uid } from './dom.js';
import { zones } from './section-territory.js';
import { slugify } from './ids.js';
import { readPack, readingProblem } from '../pack-reader.js';

/**
 * @param {{ start: (pack: object, how: string) => void, parsePackText: Function,
 *   fetch: typeof fetch, hasWork: () => boolean }} options
 */
export function startSection({ start, parsePackText, fetch, hasWork }) {
  const message = h('div', { id: 'st-start-message', class: 'st-status', role: 'status' });
  const say = (text, isError = false) => message.replaceChildren(h('p', { class: isError ? 'st-error' : '' }, text));
  const ids = {
    name: uid('st-new'),
    zone: uid('st-new'),
    code: uid('st-new'),
    file: uid('st-open'),
    url: uid('st-open'),
  };

  const name = h('input', {
    id: ids.name,
    type: 'text',
    autocomplete: 'organization',
    'aria-describedby': `${ids.name}-hint`,
  });
  const zone = h('select', { id: ids.zone }, ...zones.map(([v, label]) => h('option', { value: v }, label)));
  const code = h('input', { id: ids.code, type: 'text', inputmode: 'numeric', 'aria-describedby': `${ids.code}-hint` });
  const create = h('button', { type: 'button', id: 'st-start-new', class: 'st-primary' }, 'Commencer ce pack');
  create.addEventListener('click', () => {
    if (!name.value.trim()) {
      say('Donnez d’abord le nom du territoire.', true);
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    name.removeAttribute('aria-invalid');
    const territory = { id: slugify(name.value), name: name.value.trim() };
    if (zone.value) territory.zone = zone.value;
    if (code.value.trim()) territory.code = code.value.trim();
    start({ schemaVersion: 1, territory }, `Nouveau pack pour ${territory.name}.`);
  });

  const file = h('input', { id: ids.file, type: 'file', accept: '.json,application/json' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const parsed = parsePackText(await chosen.text());
    file.value = '';
    if (!parsed.ok) return say(parsed.problem.message, true);
    start(parsed.value, `Pack ouvert depuis le fichier ${chosen.name}.`);
  });

  const url = h('input', {
    id: ids.url,
    type: 'url',
    placeholder: 'https://agglo.example/voix-logement/pack.json',
    'aria-describedby': `${ids.url}-hint`,
  });
  const fetchButton = h('button', { type: 'button', id: 'st-open-url' }, 'Ouvrir ce pack');
  fetchButton.addEventListener('click', async () => {
    const address = url.value.trim();
    if (!/^https?:\/\//i.test(address))
      return say('Écrivez l’adresse complète du pack, qui commence par https://', true);
    say('Lecture du pack…');
    // The configurator's reader: a missing CORS header is told apart from an unreachable address.
    const reading = await readPack(address, fetch);
    if (!reading.ok && reading.reason !== 'not-json')
      return say(readingProblem(address, reading, location.origin).join(' '), true);
    const parsed = parsePackText(reading.text);
    if (!parsed.ok) return say(parsed.problem.message, true);
    start(parsed.value, `Pack ouvert depuis ${address}.`);
  });

  return h(
    'section',
    { class: 'st-section st-start', 'aria-labelledby': 'st-start-title' },
    h('h2', { id: 'st-start-title' }, 'Votre pack'),
    h(
      'p',
      { id: 'st-start-warning', class: 'st-hint' },
      hasWork()
        ? 'Commencer ou ouvrir un pack remplace celui en cours dans ce navigateur : exportez-le d’abord si vous voulez le garder.'
        : '',
    ),
    h(
      'div',
      { class: 'st-start-options' },
      h(
        'fieldset',
        {},
        h('legend', {}, 'Commencer un pack pour un territoire'),
        h(
          'div',
          { class: 'st-field' },
          h('label', { for: ids.name }, 'Nom du territoire (obligatoire)'),
          h(
            'p',
            { id: `${ids.name}-hint`, class: 'st-hint' },
            'Par exemple : Communauté d’agglomération du Val de Lône.',
          ),
          name,
        ),
        h('div', { class: 'st-field' }, h('label', { for: ids.zone }, 'Zone des plafonds de ressources'), zone),
        h(
          'div',
          { class: 'st-field' },
          h('label', { for: ids.code }, 'Code du territoire (facultatif)'),
          h(
            'p',
            { id: `${ids.code}-hint`, class: 'st-hint' },
            'SIREN de l’intercommunalité (9 chiffres) ou code INSEE de la commune.',
          ),
          code,
        ),
        create,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Ouvrir un pack existant'),
        h('div', { class: 'st-field' }, h('label', { for: ids.file }, 'Fichier pack.json sur cet ordinateur'), file),
        h(
          'div',
          { class: 'st-field' },
          h('label', { for: ids.url }, 'Ou adresse du pack en ligne'),
          h(
            'p',
            { id: `${ids.url}-hint`, class: 'st-hint' },
            'L’adresse où votre pack est publié, celle que vous donnez aux sites partenaires.',
          ),
          url,
        ),
        fetchButton,
      ),
    ),
    message,
  );
}
