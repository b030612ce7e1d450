// The territory's key figures (schema/figures.ts, <vl-key-figures>): one card per figure and
// place, each with its period, its source and the day it was checked. Many figures are better
// imported from the CSV template with the validator's command (guide, section 3).
import { h } from './dom.js';
import { field, textField } from './fields.js';
import { entryCard, listAt } from './entries.js';

const keys = ['figures', 'items'];

/** The figure ids of the schema (figureIds), said in words. */
const figureNames = {
  pending: 'Demandes en attente',
  'pending-transfers': 'Dont demandes de mutation (locataires du parc social)',
  allocated: 'Logements attribués sur la période',
  'applications-per-allocation': 'Demandes en attente pour une attribution',
  homes: 'Logements sociaux',
  turnover: 'Taux de rotation (en %)',
  'wait-median': 'Attente médiane, tous logements (en mois)',
  'wait-average': 'Attente moyenne, tous logements (en mois)',
};
const sizeName = (size) => (size === 't5' ? 'T5 et plus' : size.toUpperCase());
const nameOf = (id) => {
  const m = /^wait-(median|average)-(t[1-5])$/.exec(id);
  if (m) return `Attente ${m[1] === 'median' ? 'médiane' : 'moyenne'}, ${sizeName(m[2])} (en mois)`;
  return figureNames[id] ?? id;
};

/** @param {readonly string[]} figureIds the schema's list, from the validator file */
export function figuresSection(ctx, figureIds) {
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-figures-title' });

  function render() {
    const list = listAt(ctx, keys);
    const communes = listAt(ctx, ['territory', 'communeCodes']);
    const add = h('button', { type: 'button', id: 'st-figure-add' }, 'Ajouter un chiffre');
    add.addEventListener('click', () => {
      ctx.change(keys, [...list, {}]);
      ctx.rerender('figures');
      section.querySelectorAll('fieldset.st-card')[list.length]?.querySelector('select')?.focus();
    });
    section.replaceChildren(
      h('h2', { id: 'st-figures-title' }, '7. Les chiffres clés du territoire'),
      h(
        'p',
        {},
        'Chaque chiffre vient de vos propres exports (SNE, RPLS, bailleurs), avec sa période, sa source et la date où vous l’avez vérifié. Pour beaucoup de chiffres, remplissez plutôt le tableau modèle et importez-le avec la commande du guide.',
      ),
      ...list.map((item, index) => {
        const at =
          (...k) =>
          () =>
            listAt(ctx, keys)[index] === item ? [...keys, index, ...k] : undefined;
        return entryCard(ctx, {
          keys,
          index,
          title: `Chiffre : ${item.figure ? nameOf(item.figure) : '(à choisir)'}`,
          removeLabel: `Retirer le chiffre ${item.figure ? nameOf(item.figure) : ''}`.trim(),
          onRemove: () => ctx.rerender('figures'),
          children: [
            field(ctx, {
              label: 'Quel chiffre (obligatoire)',
              keys: at('figure'),
              type: 'select',
              options: [['', '(choisir)'], ...figureIds.map((id) => [id, nameOf(id)])],
            }),
            field(ctx, {
              label: 'Où',
              keys: at('code'),
              type: 'select',
              options: [['', 'Tout le territoire'], ...communes.map((c) => [c.insee, `${c.name} (${c.insee})`])],
              hint: 'Pour nommer une commune, le pack doit donner ses codes INSEE (territory.communeCodes).',
            }),
            field(ctx, {
              label: 'Valeur (obligatoire)',
              keys: at('value'),
              inputmode: 'decimal',
              hint: 'Un nombre, sans espace ni unité ; virgule ou point pour les décimales.',
              write: (text) => {
                const clean = text.trim().replace(',', '.');
                if (!clean) return undefined;
                const n = Number(clean);
                // Anything else stays as typed, so the validator names it beside the field.
                return Number.isFinite(n) && /^[0-9.]+$/.test(clean) ? n : text.trim();
              },
            }),
            field(ctx, {
              label: 'Période (obligatoire)',
              keys: at('period'),
              hint: 'Une année (2025), un jour (2025-12-31), ou deux jours séparés par / (2025-01-01/2025-12-31).',
            }),
            textField(ctx, {
              label: 'Source',
              keys: at('source'),
              required: true,
              hint: 'Par exemple : SNE, RPLS, un bailleur.',
            }),
            field(ctx, { label: 'Adresse de la source', keys: at('sourceUrl'), type: 'url' }),
            field(ctx, { label: 'Vérifié le (obligatoire)', keys: at('verifiedOn'), type: 'date' }),
          ],
        });
      }),
      add,
    );
  }
  ctx.onRender('figures', render);
  render();
  return section;
}
