// The territory's own numbers for emergencies (schema/emergency.ts `contacts`), shown after the
// national ones. Only numbers the territory has from its own sources: the studio never suggests one.
import { h, uid } from './dom.js';
import { factFields, field, textField } from './fields.js';
import { addEntry, entryCard, followName, listAt, nameOf } from './entries.js';
import { textIn } from './paths.js';

const keys = ['emergency', 'contacts'];

/** Check boxes of the national situations; none checked: every situation. */
function situationsField(ctx, at, situations) {
  const legendId = uid('st-sit');
  const errorId = `${legendId}-error`;
  const chosen = new Set(ctx.getAt(at()) ?? []);
  const boxes = situations.map((s) => {
    const id = uid('st-sit-box');
    const box = h('input', { type: 'checkbox', id, value: s.id, 'aria-describedby': errorId });
    box.checked = chosen.has(s.id);
    box.addEventListener('change', () => {
      const list = [...fieldset.querySelectorAll('input:checked')].map((b) => b.value);
      ctx.change(at(), list.length ? list : undefined);
    });
    return h(
      'div',
      { class: 'st-field st-field-checkbox' },
      box,
      h('label', { for: id }, textIn(s.choice ?? s.title, 'fr') || s.id),
    );
  });
  const error = h('p', { id: errorId, class: 'st-error' });
  const fieldset = h(
    'fieldset',
    { class: 'st-choices' },
    h('legend', { id: legendId }, 'Pour quelles situations ? (aucune cochée : toutes)'),
    ...boxes,
    error,
  );
  if (boxes[0])
    ctx.register({
      input: boxes[0].querySelector('input'),
      error,
      label: 'Situations',
      path: () => ctx.jsonPath(at()),
    });
  return fieldset;
}

export function emergencySection(ctx) {
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-emergency-title' });
  const situations = ctx.national.emergency?.situations ?? [];
  const nationalIds = new Set((ctx.national.emergency?.contacts ?? []).map((c) => c.id));

  function render() {
    const list = listAt(ctx, keys);
    const add = h('button', { type: 'button', id: 'st-contact-add' }, 'Ajouter un numéro local');
    add.addEventListener('click', () => {
      const index = addEntry(ctx, keys, 'contact', { scope: 'local' });
      ctx.rerender('emergency');
      section.querySelectorAll('fieldset.st-card')[index]?.querySelector('input')?.focus();
    });
    section.replaceChildren(
      h('h2', { id: 'st-emergency-title' }, '5. Les numéros d’urgence de votre territoire'),
      h(
        'p',
        {},
        'Les numéros nationaux (115, 3919, 119…) sont déjà là. Ajoutez vos numéros locaux : accueil d’urgence, permanence du CCAS… Seulement des numéros que vous avez vérifiés.',
      ),
      ...list.map((contact, index) => {
        const at =
          (...k) =>
          () =>
            listAt(ctx, keys)[index] === contact ? [...keys, index, ...k] : undefined;
        const national = nationalIds.has(contact.id);
        return entryCard(ctx, {
          keys,
          index,
          title: national
            ? `Numéro national modifié : ${contact.id}`
            : `Numéro local : ${nameOf(contact, 'name') || '(sans nom)'}`,
          removeLabel: `Retirer ${nameOf(contact, 'name') || 'ce numéro'}`,
          onRemove: () => ctx.rerender('emergency'),
          children: [
            textField(ctx, {
              label: 'Nom',
              keys: at('name'),
              required: !national,
              hint: 'Par exemple : Accueil d’urgence du CCAS.',
              onInput: (text) => followName(ctx, keys, contact, 'contact', text),
            }),
            field(ctx, { label: 'Téléphone', keys: at('phone'), type: 'tel', hint: 'Par exemple : 04 65 71 00 00' }),
            field(ctx, { label: 'Numéro joignable par SMS seulement', keys: at('sms'), type: 'tel' }),
            textField(ctx, { label: 'Ce que ce numéro fait', keys: at('description'), textarea: true }),
            textField(ctx, {
              label: 'Horaires',
              keys: at('hours'),
              hint: 'Comme on les dit : « Du lundi au vendredi, 9 h – 17 h ».',
            }),
            field(ctx, { label: 'Site web', keys: at('url'), type: 'url', hint: 'Commence par https://' }),
            situationsField(ctx, at('situations'), situations),
            field(ctx, { label: 'Appel gratuit (seulement si une source le dit)', keys: at('free'), type: 'checkbox' }),
            field(ctx, { label: 'Répond jour et nuit, tous les jours', keys: at('alwaysOpen'), type: 'checkbox' }),
            ...factFields(ctx, at, 'Où ce numéro est publié.'),
          ],
        });
      }),
      add,
    );
  }
  ctx.onRender('emergency', render);
  render();
  return section;
}
