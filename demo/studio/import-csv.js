// The spreadsheet import: choose the file, check how its columns are read, import.
import { h, uid } from './dom.js';
import { decodeText, parseCsv } from './csv.js';
import { guessMapping, partnerColumns, rowsToPartners } from './partner-import.js';

const delimiterNames = { ';': 'point-virgule', ',': 'virgule', '\t': 'tabulation' };

/**
 * @param {{ takenIds: () => string[], types: { id: string, label: unknown }[],
 *   receive: (partners: object[], remarks: string[], replace: boolean) => void }} options
 */
export function csvImport(ctx, { takenIds, types, receive }) {
  const inputId = uid('st-csv');
  const file = h('input', {
    id: inputId,
    type: 'file',
    accept: '.csv,text/csv',
    'aria-describedby': `${inputId}-hint`,
  });
  const step = h('div', { class: 'st-mapping' });
  const panel = h(
    'details',
    { class: 'st-import' },
    h('summary', {}, 'Importer un tableau (fichier CSV)'),
    h(
      'p',
      { id: `${inputId}-hint`, class: 'st-hint' },
      'Dans votre tableur : Fichier › Enregistrer sous › CSV (séparateur point-virgule ou virgule). La première ligne doit donner le nom des colonnes. Le fichier reste dans votre navigateur.',
    ),
    h('label', { for: inputId }, 'Fichier CSV des partenaires'),
    file,
    step,
  );

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const { text, encoding } = decodeText(await chosen.arrayBuffer());
    const { delimiter, rows } = parseCsv(text);
    if (rows.length < 2) {
      step.replaceChildren(
        h(
          'p',
          { class: 'st-error', role: 'alert' },
          'Ce fichier n’a pas de ligne de partenaire sous la ligne des noms de colonnes.',
        ),
      );
      return;
    }
    const [headers, ...body] = rows;
    const mapping = guessMapping(headers);
    const selects = partnerColumns.map(([key, label]) => {
      const id = uid('st-map');
      const select = h(
        'select',
        { id, 'data-field': key },
        h('option', { value: '' }, '(aucune colonne)'),
        ...headers.map((header, i) => h('option', { value: String(i) }, header || `Colonne ${i + 1}`)),
      );
      select.value = key in mapping ? String(mapping[key]) : '';
      return h('div', { class: 'st-field' }, h('label', { for: id }, label), select);
    });
    const replaceId = uid('st-replace');
    const replace = h('input', { type: 'checkbox', id: replaceId });
    const go = h(
      'button',
      { type: 'button', class: 'st-primary' },
      `Importer ${body.length} partenaire${body.length > 1 ? 's' : ''}`,
    );
    go.addEventListener('click', () => {
      const chosenMapping = {};
      for (const select of step.querySelectorAll('select[data-field]')) {
        if (select.value !== '') chosenMapping[select.dataset.field] = Number(select.value);
      }
      const { partners, remarks } = rowsToPartners(body, chosenMapping, {
        takenIds: replace.checked ? [] : takenIds(),
        types,
      });
      step.replaceChildren();
      panel.open = false;
      file.value = '';
      receive(partners, remarks, replace.checked);
    });
    step.replaceChildren(
      h(
        'p',
        { role: 'status' },
        `Fichier lu : ${body.length} ligne${body.length > 1 ? 's' : ''} de partenaires, ${headers.length} colonnes, séparateur ${delimiterNames[delimiter] ?? delimiter}, encodage ${encoding}.`,
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, 'Quelle colonne donne quoi ? (proposé d’après les noms de colonnes : vérifiez)'),
        ...selects,
      ),
      h(
        'div',
        { class: 'st-field st-field-checkbox' },
        replace,
        h('label', { for: replaceId }, 'Remplacer les partenaires déjà dans le pack (sinon, ils sont ajoutés)'),
      ),
      go,
    );
  });
  return panel;
}
