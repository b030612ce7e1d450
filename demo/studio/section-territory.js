// The territory: who publishes the pack and where it applies (schema/territory.ts).
import { h } from './dom.js';
import { field, linesField, textField } from './fields.js';

/** The income-ceiling zones, as api.md describes them, in plain French. */
export const zones = [
  ['', '(non précisée : le lecteur choisit)'],
  ['paris', 'Paris et communes limitrophes'],
  ['idf', "Reste de l'Île-de-France"],
  ['other', 'Autres régions de métropole'],
  ['overseas', 'Outre-mer (Guadeloupe, Guyane, Martinique, La Réunion, Mayotte, Saint-Martin)'],
];

export function territorySection(ctx) {
  const at = (key) => () => ['territory', key];
  return h(
    'section',
    { class: 'st-section', 'aria-labelledby': 'st-territory-title' },
    h('h2', { id: 'st-territory-title' }, '1. Votre territoire'),
    h('p', {}, 'Qui publie le pack et où il s’applique. Le nom est affiché par les widgets.'),
    textField(ctx, {
      label: 'Nom du territoire',
      keys: at('name'),
      required: true,
      hint: 'Par exemple : Communauté d’agglomération du Val de Lône.',
    }),
    field(ctx, {
      label: 'Zone des plafonds de ressources',
      keys: at('zone'),
      type: 'select',
      options: zones,
      hint: 'Le test « Qui peut demander » l’utilise par défaut.',
    }),
    field(ctx, {
      label: 'Code du territoire',
      keys: at('code'),
      hint: 'Le SIREN de l’intercommunalité (9 chiffres) ou le code INSEE de la commune (5 caractères).',
    }),
    linesField(ctx, { label: 'Communes', keys: at('communes'), hint: 'Une commune par ligne.' }),
    field(ctx, {
      label: 'Codes INSEE des communes (pour leurs chiffres clés)',
      keys: at('communeCodes'),
      type: 'textarea',
      rows: 4,
      hint: 'Une commune par ligne : son nom, un point-virgule, son code INSEE. Exemple : Montval ; 38185',
      read: (value) =>
        Array.isArray(value) ? value.map((c) => `${c?.name ?? ''} ; ${c?.insee ?? ''}`).join('\n') : '',
      write: (text) => {
        const list = text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name, insee = ''] = line.split(/\s*[;\t]\s*/);
            return { name: name ?? '', insee };
          });
        return list.length ? list : undefined;
      },
    }),
    textField(ctx, {
      label: 'Service qui publie le pack',
      keys: at('publisher'),
      hint: 'Par exemple : Service habitat de l’agglomération.',
    }),
    field(ctx, { label: 'Site de ce service', keys: at('publisherUrl'), type: 'url', hint: 'Commence par https://' }),
    field(ctx, {
      label: 'Date de mise à jour',
      keys: at('updatedOn'),
      type: 'date',
      hint: 'Affichée aux lecteurs. Mise à la date du jour à chaque export.',
    }),
  );
}
