// The preview: an element with the pack as it stands, at phone (375 px) and desktop width, in
// French or English. The elements read the pack from `content-src`: here a blob: URL made from
// the page's own memory (nothing leaves the browser); the studio page's policy allows
// `connect-src blob:` for it (scripts/serve-demo.mjs).
import { h, uid } from './dom.js';

export const elements = [
  ['vl-directory', 'Qui fait quoi (les partenaires)'],
  ['vl-demand-circuit', 'Le parcours de la demande'],
  ['vl-eligibility', 'Qui peut demander'],
  ['vl-emergency', 'Que faire en urgence'],
  ['vl-questions', 'Les questions et les rumeurs'],
  ['vl-key-figures', 'Les chiffres du territoire'],
];

export function previewSection(
  ctx,
  {
    createUrl = (text) => URL.createObjectURL(new Blob([text], { type: 'application/json' })),
    revokeUrl = (url) => URL.revokeObjectURL(url),
  } = {},
) {
  const selectId = uid('st-preview-widget');
  const select = h(
    'select',
    { id: selectId },
    ...elements.map(([tag, label]) => h('option', { value: tag }, label)),
    h('option', { value: 'all' }, 'Tous les widgets'),
  );
  const langName = uid('st-preview-lang');
  const radio = (value, label, checked) => {
    const id = `${langName}-${value}`;
    return h(
      'span',
      { class: 'st-radio' },
      h('input', { type: 'radio', name: langName, id, value, checked }),
      h('label', { for: id, lang: value }, label),
    );
  };
  const show = h(
    'button',
    { type: 'button', id: 'st-preview-show', class: 'st-primary' },
    'Afficher l’aperçu avec le pack actuel',
  );
  const status = h('p', { role: 'status', class: 'st-status', id: 'st-preview-status' });
  const phone = h('div', {
    class: 'st-preview st-phone',
    role: 'region',
    'aria-label': 'Aperçu sur téléphone (375 pixels de large)',
  });
  const desktop = h('div', { class: 'st-preview st-desktop', role: 'region', 'aria-label': 'Aperçu sur ordinateur' });
  let url = '';

  async function render() {
    const lang = select.closest('section').querySelector(`input[name="${langName}"]:checked`)?.value ?? 'fr';
    const tags = select.value === 'all' ? elements.map(([t]) => t) : [select.value];
    if (url) revokeUrl(url);
    url = createUrl(JSON.stringify(ctx.pack));
    status.textContent = 'Aperçu en cours de chargement…';
    for (const frame of [phone, desktop]) {
      frame.setAttribute('lang', lang);
      frame.replaceChildren(...tags.map((tag) => h(tag, { 'content-src': url })));
    }
    const shown = [...phone.children, ...desktop.children];
    // An element asks for its pack in its first update (a task of its own): wait for that
    // update, then for the pack, then for the render that shows it.
    await Promise.all(shown.map((el) => el.updateComplete));
    await Promise.all(shown.map((el) => el.contentReady));
    await Promise.all(shown.map((el) => el.updateComplete));
    const problems = ctx.problemsUnder('$').length;
    status.textContent = `Aperçu à jour${lang === 'en' ? ', en anglais' : ', en français'}.${
      problems ? ' Le pack a encore des problèmes : les widgets laissent de côté les entrées à corriger.' : ''
    }`;
  }
  show.addEventListener('click', render);

  const section = h(
    'section',
    { class: 'st-section', 'aria-labelledby': 'st-preview-title' },
    h('h2', { id: 'st-preview-title' }, '8. Aperçu'),
    h('p', {}, 'Voyez chaque widget avec votre pack tel qu’il est maintenant, sur un téléphone et sur un ordinateur.'),
    h('div', { class: 'st-field' }, h('label', { for: selectId }, 'Widget'), select),
    h(
      'fieldset',
      { class: 'st-choices st-inline' },
      h('legend', {}, 'Langue'),
      radio('fr', 'Français', true),
      radio('en', 'English', false),
    ),
    show,
    status,
    h('div', { class: 'st-previews' }, phone, desktop),
  );
  return { section, render, phone, desktop };
}
