// The territory's questions and answers, rumours with their verdict, and the note for front-desk
// staff (schema/questions.ts). A new question needs a topic, the question and the answer.
import { h } from './dom.js';
import { factFields, field, linesField, textField } from './fields.js';
import { addEntry, entryCard, followName, listAt, nameOf } from './entries.js';
import { textIn } from './paths.js';
import { ownLabels } from './own-labels.js';

const keys = ['questions', 'items'];

export const verdicts = [
  ['', 'Ce n’est pas une rumeur (pas de verdict)'],
  ['true', 'Vrai'],
  ['false', 'Faux'],
  ['depends', 'Ça dépend'],
];

export function questionsSection(ctx) {
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-questions-title' });
  const nationalIds = new Set((ctx.national.questions?.items ?? []).map((q) => q.id));

  function render() {
    const topics = [...(ctx.national.questions?.topics ?? []), ...listAt(ctx, ['questions', 'topics'])];
    const partners = listAt(ctx, ['partners']);
    const list = listAt(ctx, keys);
    const add = h('button', { type: 'button', id: 'st-question-add' }, 'Ajouter une question locale');
    add.addEventListener('click', () => {
      const index = addEntry(ctx, keys, 'question');
      ctx.rerender('questions');
      const cards = section.querySelectorAll('fieldset[data-list="questions.items"]');
      cards[index]?.querySelector('select, input, textarea')?.focus();
    });
    section.replaceChildren(
      h('h2', { id: 'st-questions-title' }, '6. Vos questions et réponses'),
      h(
        'p',
        {},
        'Les questions nationales sont déjà là. Ajoutez celles que l’on vous pose ici, et les rumeurs qui circulent chez vous, avec leur verdict.',
      ),
      ownLabels(ctx, {
        keys: ['questions', 'topics'],
        section: 'questions',
        title: 'Vos propres thèmes',
        intro:
          'Les thèmes nationaux (faire sa demande, les priorités, l’attente…) sont déjà là. Ajoutez-en un seulement s’il manque.',
        add: 'Ajouter un thème',
        prefix: 'theme',
        label: 'Thème',
      }),
      ...list.map((item, index) => {
        const at =
          (...k) =>
          () =>
            listAt(ctx, keys)[index] === item ? [...keys, index, ...k] : undefined;
        const national = nationalIds.has(item.id);
        return entryCard(ctx, {
          keys,
          index,
          title: national
            ? `Question nationale modifiée : ${item.id}`
            : `Question locale : ${nameOf(item, 'question') || '(à écrire)'}`,
          removeLabel: `Retirer la question ${nameOf(item, 'question') || ''}`.trim(),
          onRemove: () => ctx.rerender('questions'),
          children: [
            field(ctx, {
              label: national ? 'Thème' : 'Thème (obligatoire)',
              keys: at('topic'),
              type: 'select',
              options: [['', '(choisir)'], ...topics.map((t) => [t.id, textIn(t.label, 'fr') || t.id])],
            }),
            textField(ctx, {
              label: 'La question, dans les mots des gens (ou la rumeur)',
              keys: at('question'),
              required: !national,
              onInput: (text) => followName(ctx, keys, item, 'question', text),
            }),
            field(ctx, { label: 'Verdict (pour une rumeur)', keys: at('verdict'), type: 'select', options: verdicts }),
            textField(ctx, {
              label: 'La réponse, en une ou deux phrases',
              keys: at('answer'),
              textarea: true,
              required: !national,
            }),
            linesField(ctx, {
              label: 'Détails (un paragraphe, puis une ligne vide, puis le suivant)',
              keys: at('details'),
              paragraphs: true,
              translated: true,
            }),
            linesField(ctx, {
              label: 'Les mots que les gens tapent pour la chercher (un par ligne)',
              hint: 'Ceux qui ne sont pas dans la question ni la réponse : « HLM », « APL », « papiers »…',
              keys: at('keywords'),
            }),
            h(
              'fieldset',
              { class: 'st-group' },
              h('legend', {}, 'Pour les agents d’accueil (publié avec le pack : rien de confidentiel)'),
              textField(ctx, { label: 'Ce qu’il faut dire', keys: at('staffNote', 'tell'), textarea: true }),
              textField(ctx, {
                label: 'Ce qu’il ne faut jamais promettre',
                keys: at('staffNote', 'avoid'),
                textarea: true,
              }),
              textField(ctx, { label: 'Vers qui orienter', keys: at('staffNote', 'direct') }),
            ),
            field(ctx, {
              label: 'Partenaire vers qui orienter',
              keys: at('next', 'partner'),
              type: 'select',
              options: [['', '(aucun)'], ...partners.map((p) => [p.id, textIn(p.nom, 'fr') || p.id])],
            }),
            field(ctx, {
              label: 'Page web pour en savoir plus',
              keys: at('next', 'url'),
              type: 'url',
              hint: 'Commence par https://',
            }),
            ...factFields(ctx, at, 'Le texte ou le site qui dit cela.'),
          ],
        });
      }),
      add,
    );
  }
  ctx.onRender('questions', render);
  render();
  return section;
}
