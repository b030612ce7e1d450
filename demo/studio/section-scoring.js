// The territory's scoring grid (cotation, schema/eligibility.ts `scoring`), shown by
// <vl-eligibility> under "Le classement des demandes". Only the grid the territory has published:
// the studio never suggests a criterion or a number of points.
import { h } from './dom.js';
import { field, textField } from './fields.js';
import { addEntry, entryCard, followName, listAt, nameOf } from './entries.js';

const scoring = ['eligibility', 'scoring'];
const keys = [...scoring, 'criteria'];

/** "40", "-10", "2,5" → a number; empty → no points; anything else stays as typed for the validator. */
export function readPoints(text) {
  const clean = text.trim().replace(',', '.');
  if (!clean) return undefined;
  const n = Number(clean);
  return Number.isFinite(n) && /^-?[0-9]+(\.[0-9]+)?$/.test(clean) ? n : text.trim();
}

export function scoringSection(ctx) {
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-scoring-title' });
  const at = (key) => () => [...scoring, key];

  function render() {
    const list = listAt(ctx, keys);
    const add = h('button', { type: 'button', id: 'st-criterion-add' }, 'Ajouter un critère');
    add.addEventListener('click', () => {
      const index = addEntry(ctx, keys, 'critere');
      ctx.rerender('scoring');
      section.querySelectorAll('fieldset.st-card')[index]?.querySelector('input, textarea')?.focus();
    });
    section.replaceChildren(
      h('h2', { id: 'st-scoring-title' }, '4. Votre grille de cotation'),
      h(
        'p',
        {},
        'Recopiez ici la grille de cotation que votre territoire a publiée : ses critères, et leurs points si la grille en donne. Le widget « Qui peut demander » la montre dès qu’elle a un critère.',
      ),
      h(
        'p',
        {},
        'Seulement la grille publiée par votre territoire. Le studio vérifie la forme, pas les faits : il ne propose aucun critère ni aucun point.',
      ),
      textField(ctx, {
        label: 'Introduction',
        keys: at('intro'),
        textarea: true,
        hint: 'Ce qu’est votre grille, dans vos mots : qui l’a adoptée, à quoi elle sert.',
      }),
      field(ctx, {
        label: 'Adresse de la grille complète',
        keys: at('url'),
        type: 'url',
        hint: 'La page où votre grille est publiée. Commence par https://',
      }),
      ...list.map((criterion, index) => {
        const entry =
          (...k) =>
          () =>
            listAt(ctx, keys)[index] === criterion ? [...keys, index, ...k] : undefined;
        return entryCard(ctx, {
          keys,
          index,
          title: `Critère n° ${index + 1} : ${nameOf(criterion, 'label') || '(à écrire)'}`,
          removeLabel: `Retirer le critère ${nameOf(criterion, 'label') || `n° ${index + 1}`}`,
          onRemove: () => ctx.rerender('scoring'),
          children: [
            textField(ctx, {
              label: 'Intitulé du critère',
              keys: entry('label'),
              required: true,
              hint: 'Comme il est écrit dans votre grille.',
              onInput: (text) => followName(ctx, keys, criterion, 'critere', text),
            }),
            field(ctx, {
              label: 'Points',
              keys: entry('points'),
              // No numeric keyboard: some phones' number pads have no minus sign, and a grid may take points off.
              hint: 'Le nombre de points de votre grille, sans unité (un signe moins devant s’il en retire). Laissez vide si la grille n’en donne pas : aucun point ne sera affiché.',
              write: readPoints,
            }),
          ],
        });
      }),
      add,
    );
  }
  ctx.onRender('scoring', render);
  render();
  return section;
}
