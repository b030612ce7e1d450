// The circuit's local words: for each national step, what happens here, the local links, and on
// the long-wait step the "délai anormalement long" set by the préfet; then the territory's own
// steps, each placed after a step (schema/circuit.ts).
import { h } from './dom.js';
import { field, textField } from './fields.js';
import { addEntry, entryCard, followName, listAt, nameOf } from './entries.js';
import { entryAt, textIn } from './paths.js';

const keys = ['circuit', 'steps'];

export function circuitSection(ctx) {
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-circuit-title' });
  ctx.onRender('circuit', () => section.replaceChildren(...circuitContent(ctx)));
  section.replaceChildren(...circuitContent(ctx));
  return section;
}

/** The territory's own steps: a title, a summary, the step they follow, and whether they are a side path. */
function localSteps(ctx, nationalSteps) {
  const nationalIds = new Set(nationalSteps.map((s) => s.id));
  const list = listAt(ctx, keys);
  const after = [
    ['', '(à la fin)'],
    ...[...nationalSteps, ...list.filter((s) => !nationalIds.has(s.id))].map((s) => [
      s.id,
      textIn(s.title, 'fr') || s.id,
    ]),
  ];
  const add = h('button', { type: 'button', id: 'st-step-add' }, 'Ajouter une étape locale');
  add.addEventListener('click', () => {
    const index = addEntry(ctx, keys, 'etape');
    ctx.rerender('circuit');
    document
      .getElementById(`${keys.join('-')}-${index}-title`)
      ?.parentElement?.querySelector('input')
      ?.focus();
  });
  return [
    h('h3', {}, 'Vos étapes à vous'),
    h('p', { class: 'st-hint' }, 'Une étape qui n’existe que chez vous (une réunion d’accueil, un entretien…).'),
    ...list.flatMap((step, index) => {
      if (nationalIds.has(step.id)) return [];
      const at =
        (...k) =>
        () =>
          listAt(ctx, keys)[index] === step ? [...keys, index, ...k] : undefined;
      return [
        entryCard(ctx, {
          keys,
          index,
          title: `Étape locale : ${nameOf(step, 'title') || '(à nommer)'}`,
          removeLabel: `Retirer l’étape ${nameOf(step, 'title') || ''}`.trim(),
          onRemove: () => ctx.rerender('circuit'),
          children: [
            textField(ctx, {
              label: 'Nom de l’étape',
              required: true,
              keys: at('title'),
              onInput: (text) => followName(ctx, keys, step, 'etape', text),
            }),
            textField(ctx, { label: 'Ce qui s’y passe, en une phrase', keys: at('summary'), textarea: true }),
            field(ctx, {
              label: 'Elle vient après',
              keys: at('after'),
              type: 'select',
              options: after.filter(([id]) => id !== step.id),
            }),
            field(ctx, {
              label: 'C’est un autre chemin (montré sous l’étape qu’elle suit), pas une étape de plus',
              keys: at('sidePath'),
              type: 'checkbox',
            }),
          ],
        }),
      ];
    }),
    add,
  ];
}

function circuitContent(ctx) {
  const steps = ctx.national.circuit?.steps ?? [];
  const entries = (id) => entryAt(ctx.pack, keys, id);
  return [
    h('h2', { id: 'st-circuit-title' }, '3. Le parcours de la demande, chez vous'),
    h(
      'p',
      {},
      'Le parcours national est déjà écrit. Ajoutez seulement ce qui est propre à votre territoire : où déposer, qui aide, vos délais. Laissez vide ce qui ne change pas.',
    ),
    ...steps.map((step) => {
      const entry = entries(step.id);
      const title = textIn(step.title, 'fr') || step.id;
      return h(
        'details',
        { class: 'st-step' },
        h('summary', {}, title),
        textField(ctx, {
          label: `Chez vous, à l’étape « ${title} »`,
          hint: 'Par exemple : où déposer la demande ici, qui peut aider.',
          keys: entry.keys('local'),
          ensure: entry.ensure('local'),
          textarea: true,
        }),
        step.id === 'long-wait'
          ? textField(ctx, {
              label: 'Délai anormalement long dans votre département',
              hint: 'Fixé par arrêté du préfet : recopiez-le tel qu’il est publié, avec sa source.',
              keys: entry.keys('localDelay'),
              ensure: entry.ensure('localDelay'),
            })
          : null,
        textField(ctx, {
          label: 'Texte d’un lien local',
          hint: 'Par exemple : « La grille de cotation de l’agglomération ».',
          keys: entry.keys('localLinks', 0, 'label'),
          ensure: entry.ensure('localLinks', 0, 'label'),
        }),
        field(ctx, {
          label: 'Adresse de ce lien',
          type: 'url',
          hint: 'Commence par https://',
          keys: entry.keys('localLinks', 0, 'url'),
          ensure: entry.ensure('localLinks', 0, 'url'),
        }),
      );
    }),
    ...localSteps(ctx, steps),
  ];
}
