// The partners: a table of all of them, one partner's card to edit, and the imports
// (spreadsheet, data·inclusion). Fields: schema/partners.ts.
import { h } from './dom.js';
import { field, textField } from './fields.js';
import { hoursPreview } from './hours-preview.js';
import { getAt, textIn } from './paths.js';
import { addEntry, followName } from './entries.js';
import { ownLabels } from './own-labels.js';
import { csvImport } from './import-csv.js';
import { dataInclusionImport } from './import-data-inclusion.js';

const partnerList = (ctx) => (Array.isArray(ctx.pack.partners) ? ctx.pack.partners : []);

/** The services of a partner as lines: a text, or a data·inclusion service named by its `nom`. */
function servicesField(ctx, keys) {
  const nameOf = (s) =>
    typeof s === 'string' ? s : s && typeof s === 'object' && 'nom' in s ? textIn(s.nom, 'fr') : textIn(s, 'fr');
  return field(ctx, {
    label: 'Services proposés',
    hint: 'Un service par ligne, par exemple « Aide à la demande de logement social ».',
    keys,
    type: 'textarea',
    rows: 3,
    read: (value) => (Array.isArray(value) ? value.map(nameOf).join('\n') : ''),
    write: (text) => {
      const before = getAt(ctx.pack, keys() ?? []);
      const lines = text
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
      // A data·inclusion service keeps its description and themes when only its name changes.
      const list = lines.map((name, i) => {
        const old = Array.isArray(before) ? before[i] : undefined;
        if (old && typeof old === 'object' && 'nom' in old) return { ...old, nom: name };
        return name;
      });
      return list.length ? list : undefined;
    },
  });
}

export function partnersSection(ctx) {
  const state = ctx.sectionState('partners', { open: -1 });
  const section = h('section', { class: 'st-section', 'aria-labelledby': 'st-partners-title' });
  const status = h('p', { class: 'st-status', role: 'status', id: 'st-partners-status' });

  /** Opens partner `index`'s card, focusing its title (or its name field, for a new partner). */
  function open(index, focusName = false) {
    state.open = index;
    ctx.rerender('partners');
    const card = document.getElementById('st-partner-card-title');
    (focusName ? card?.parentElement?.querySelector('input') : card)?.focus();
  }

  ctx.addRevealer((path) => {
    const match = /^\$\.partners\[(\d+)\]/.exec(path);
    if (!match) return false;
    state.open = Number(match[1]);
    ctx.rerender('partners');
    return true;
  });

  function addPartner() {
    open(addEntry(ctx, ['partners'], 'partenaire'), true);
  }

  function removePartner(index) {
    const list = partnerList(ctx);
    const [removed] = list.splice(index, 1);
    ctx.change(['partners'], list);
    state.open = -1;
    ctx.rerender('partners');
    const undo = h('button', { type: 'button', class: 'st-link-button' }, 'Annuler le retrait');
    undo.addEventListener('click', () => {
      partnerList(ctx).splice(index, 0, removed);
      ctx.change(['partners'], partnerList(ctx));
      ctx.rerender('partners');
      ctx.announce(`Partenaire « ${textIn(removed.nom, 'fr') || removed.id} » remis.`);
    });
    const note = document.getElementById('st-partners-status');
    note?.replaceChildren(`Partenaire « ${textIn(removed.nom, 'fr') || removed.id} » retiré. `, undo);
    undo.focus();
  }

  /** Adds or puts in place partners from an import, then says what happened. */
  function receive(partners, remarks, replace) {
    const kept = replace ? [] : partnerList(ctx);
    ctx.pack.partners = [...kept, ...partners];
    ctx.change(['partners'], ctx.pack.partners);
    state.open = -1;
    state.importRemarks = remarks;
    state.imported = `${partners.length} partenaire${partners.length > 1 ? 's' : ''} importé${partners.length > 1 ? 's' : ''}${replace ? ' (les anciens ont été remplacés)' : ''}.`;
    ctx.rerender('partners');
    ctx.validateNow();
    const problems = ctx.problemsUnder('$.partners').length;
    const summary = document.getElementById('st-partners-import-result');
    summary?.append(
      h(
        'p',
        {},
        problems
          ? `${problems} problème${problems > 1 ? 's' : ''} à corriger dans les partenaires : voir la colonne « État » et la liste en haut de page.`
          : 'Aucun problème dans les partenaires.',
      ),
    );
    summary?.focus();
  }

  function render() {
    const list = partnerList(ctx);
    const types = ctx.partnerTypes();
    const typeLabel = (id) => textIn(types.find((t) => t.id === id)?.label, 'fr') || id || '';
    const addButton = h('button', { type: 'button', id: 'st-partner-add' }, 'Ajouter un partenaire');
    addButton.addEventListener('click', addPartner);

    /** The row's cells follow the card while the person types. */
    const rowUpdaters = [];
    const rows = list.map((partner, i) => {
      const name = textIn(partner.nom, 'fr') || '(sans nom)';
      const edit = h(
        'button',
        { type: 'button', class: 'st-row-edit', 'aria-label': `Modifier ${name}`, 'data-index': String(i) },
        'Modifier',
      );
      edit.addEventListener('click', () => open(i));
      const remove = h(
        'button',
        { type: 'button', class: 'st-row-remove', 'aria-label': `Retirer ${name}` },
        'Retirer',
      );
      remove.addEventListener('click', () => removePartner(i));
      const badge = h('span', { class: 'st-badge' });
      const cells = [h('th', { scope: 'row' }), h('td', {}), h('td', {}), h('td', {})];
      rowUpdaters[i] = () => {
        const now = textIn(partner.nom, 'fr') || '(sans nom)';
        [now, typeLabel(partner.type ?? partner.typologie), partner.commune ?? '', partner.telephone ?? ''].forEach(
          (text, c) => (cells[c].textContent = text),
        );
        edit.setAttribute('aria-label', `Modifier ${now}`);
        remove.setAttribute('aria-label', `Retirer ${now}`);
      };
      rowUpdaters[i]();
      const row = h('tr', {}, ...cells, h('td', {}, badge), h('td', { class: 'st-actions' }, edit, ' ', remove));
      ctx.registerRow({ el: row, badge, path: () => ctx.jsonPath(['partners', i]) });
      return row;
    });

    const table = list.length
      ? h(
          'div',
          { class: 'st-table-wrap', role: 'region', 'aria-labelledby': 'st-partners-caption', tabindex: '0' },
          h(
            'table',
            { class: 'st-table' },
            h('caption', { id: 'st-partners-caption' }, `Partenaires du pack (${list.length})`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['Nom', 'Type', 'Commune', 'Téléphone', 'État', 'Actions'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ),
            h('tbody', {}, ...rows),
          ),
        )
      : h('p', {}, 'Aucun partenaire pour l’instant. Ajoutez-en un, ou importez votre tableau.');

    const result = h('div', { id: 'st-partners-import-result', class: 'st-import-result', tabindex: '-1' });
    if (state.imported) {
      result.append(h('p', {}, state.imported));
      if (state.importRemarks?.length)
        result.append(h('p', {}, 'À vérifier :'), h('ul', {}, ...state.importRemarks.map((r) => h('li', {}, r))));
    }

    section.replaceChildren(
      h('h2', { id: 'st-partners-title' }, '2. Les partenaires (« Qui fait quoi »)'),
      h(
        'p',
        {},
        'Les lieux où une personne peut être aidée : bailleurs, CCAS, associations… Ajoutez-les un par un, ou importez le tableau que vous avez déjà.',
      ),
      h(
        'div',
        { class: 'st-imports' },
        csvImport(ctx, { takenIds: () => partnerList(ctx).map((p) => p.id), types, receive }),
        dataInclusionImport(ctx, { takenIds: () => partnerList(ctx).map((p) => p.id), receive }),
      ),
      result,
      table,
      addButton,
      status,
      state.open >= 0 && list[state.open]
        ? partnerCard(
            ctx,
            state.open,
            types,
            () => {
              const index = state.open;
              state.open = -1;
              ctx.rerender('partners');
              section.querySelector(`.st-row-edit[data-index="${index}"]`)?.focus();
            },
            rowUpdaters[state.open],
          )
        : null,
      ownLabels(ctx, {
        keys: ['partnerTypes'],
        section: 'partners',
        title: 'Vos propres types de partenaires',
        intro:
          'Les types nationaux (bailleur, CCAS, association, ADIL, État, intercommunalité) sont déjà là. Ajoutez-en un seulement s’il manque.',
        add: 'Ajouter un type de partenaire',
        prefix: 'type',
        label: 'Type',
      }),
    );
  }

  ctx.onRender('partners', render);
  render();
  return section;
}

/** One partner's card: every field, the hours read back, and a button to close it. */
function partnerCard(ctx, index, types, close, updateRow) {
  const partner = ctx.pack.partners[index];
  const at = (key) => () => (ctx.pack.partners?.[index] === partner ? ['partners', index, key] : undefined);
  const titleId = 'st-partner-card-title';
  const name = textIn(partner.nom, 'fr');
  const title = h('h3', { id: titleId, tabindex: '-1' }, `Fiche du partenaire : ${name || '(sans nom)'}`);
  const hours = hoursPreview(ctx.hours, ctx.now);
  const hoursText = partner.horaires_accueil ?? partner.horaires_ouverture ?? '';
  hours.update(hoursText);
  const closeButton = h('button', { type: 'button' }, 'Fermer la fiche');
  closeButton.addEventListener('click', close);
  const typeOptions = [['', '(choisir)'], ...types.map((t) => [t.id, textIn(t.label, 'fr') || t.id])];
  const old =
    partner.typologie && !partner.type
      ? h(
          'p',
          { class: 'st-remark' },
          `Type lu de l’ancien champ data·inclusion « typologie » : « ${partner.typologie} ». Choisissez le type dans la liste pour le remplacer.`,
        )
      : null;
  const card = h(
    'section',
    { class: 'st-card', 'aria-labelledby': titleId },
    title,
    textField(ctx, {
      label: 'Nom',
      keys: at('nom'),
      required: true,
      onInput: (text) => {
        title.textContent = `Fiche du partenaire : ${text.trim() || '(sans nom)'}`;
        followName(ctx, ['partners'], partner, 'partenaire', text);
      },
    }),
    field(ctx, {
      label: 'Type',
      keys: at('type'),
      type: 'select',
      options: typeOptions,
      write: (text) => {
        if (text) delete partner.typologie;
        return text || undefined;
      },
      after: old,
    }),
    textField(ctx, { label: 'Ce que fait le partenaire', keys: at('description'), textarea: true }),
    servicesField(ctx, at('services')),
    field(ctx, { label: 'Adresse', keys: at('adresse'), hint: 'Numéro et rue.' }),
    field(ctx, { label: 'Code postal', keys: at('code_postal') }),
    field(ctx, { label: 'Commune', keys: at('commune') }),
    field(ctx, {
      label: 'Horaires d’accueil',
      keys: at('horaires_accueil'),
      read: () => hoursText,
      write: (text) => {
        delete partner.horaires_ouverture;
        return text.trim() || undefined;
      },
      hint: 'Écriture OpenStreetMap : Mo lundi, Tu mardi, We mercredi, Th jeudi, Fr vendredi, Sa samedi, Su dimanche, PH jours fériés. Exemple : Mo-Fr 09:00-12:00,14:00-17:00; PH off',
      onInput: hours.update,
      after: hours.box,
    }),
    field(ctx, { label: 'Téléphone', keys: at('telephone'), type: 'tel', hint: 'Par exemple : 04 65 71 00 00' }),
    field(ctx, { label: 'Courriel', keys: at('courriel'), type: 'email', hint: 'Par exemple : accueil@exemple.fr' }),
    field(ctx, { label: 'Site web', keys: at('site_web'), type: 'url', hint: 'Commence par https://' }),
    textField(ctx, {
      label: 'Accessibilité (handicap)',
      keys: at('accessibilite'),
      hint: 'Accès de plain-pied, boucle magnétique…',
    }),
    closeButton,
  );
  card.addEventListener('input', () => updateRow?.());
  card.addEventListener('change', () => updateRow?.());
  return card;
}
