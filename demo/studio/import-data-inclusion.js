// The data·inclusion import: a JSON export of structures and services (see data-inclusion.js).
import { h, uid } from './dom.js';
import { decodeText } from './csv.js';
import { dataInclusionToPartners, splitExport } from './data-inclusion.js';

export function dataInclusionImport(ctx, { takenIds, receive }) {
  const id = uid('st-di');
  const files = h('input', {
    id,
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
    'aria-describedby': `${id}-hint`,
  });
  const message = h('div', { class: 'st-mapping' });
  files.addEventListener('change', async () => {
    const structures = [];
    const services = [];
    for (const chosen of files.files ?? []) {
      try {
        const part = splitExport(JSON.parse(decodeText(await chosen.arrayBuffer()).text));
        structures.push(...part.structures);
        services.push(...part.services);
      } catch {
        message.replaceChildren(
          h(
            'p',
            { class: 'st-error', role: 'alert' },
            `Le fichier ${chosen.name} n’est pas du JSON : exportez les structures et les services au format JSON.`,
          ),
        );
        return;
      }
    }
    if (!structures.length) {
      message.replaceChildren(
        h(
          'p',
          { class: 'st-error', role: 'alert' },
          'Aucune structure dans ce fichier. Choisissez aussi le fichier des structures (les services s’y rattachent).',
        ),
      );
      return;
    }
    const { partners, remarks } = dataInclusionToPartners({ structures, services }, { takenIds: takenIds() });
    files.value = '';
    message.replaceChildren();
    receive(partners, remarks, false);
  });
  return h(
    'details',
    { class: 'st-import' },
    h('summary', {}, 'Importer un export data·inclusion'),
    h(
      'p',
      { id: `${id}-hint`, class: 'st-hint' },
      'Choisissez le fichier des structures et, si vous l’avez, celui des services (format JSON). Les anciens noms de champs sont lus aussi, avec une remarque.',
    ),
    h('label', { for: id }, 'Fichiers data·inclusion (structures, services)'),
    files,
    message,
  );
}
