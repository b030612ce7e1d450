// The circuit's local words: for each national step, what happens here, the local links, and on
// the long-wait step the "délai anormalement long" set by the préfet (schema/circuit.ts).
import { h } from './dom.js';
import { field, textField } from './fields.js';
import { entryAt, textIn } from './paths.js';

export function circuitSection(ctx) {
  const steps = ctx.national.circuit?.steps ?? [];
  const entries = (id) => entryAt(ctx.pack, ['circuit', 'steps'], id);
  return h(
    'section',
    { class: 'st-section', 'aria-labelledby': 'st-circuit-title' },
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
  );
}
