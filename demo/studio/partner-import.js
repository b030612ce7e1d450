// Spreadsheet rows → partners of the pack: the column-mapping step and the conversion.
// Field names are the pack's (data·inclusion "structure" names, packages/content/src/schema/partners.ts).
import { slugify, uniqueId } from './ids.js';

/**
 * The partner fields a column can fill: [pack field, French label, header words that suggest it].
 * Header words are compared without accents, case or punctuation.
 */
export const partnerColumns = [
  ['nom', 'Nom du partenaire (obligatoire)', ['nom', 'name', 'structure', 'raison sociale', 'nom de la structure']],
  ['type', 'Type (bailleur, CCAS, association…)', ['type', 'typologie', 'categorie', 'catégorie']],
  ['description', 'Ce que fait le partenaire', ['description', 'presentation', 'presentation resume', 'missions']],
  ['services', 'Services (séparés par « | » ou un retour à la ligne)', ['services', 'service', 'prestations']],
  ['adresse', 'Adresse', ['adresse', 'address', 'rue', 'adresse postale']],
  ['code_postal', 'Code postal', ['code postal', 'cp', 'code_postal', 'postcode']],
  ['commune', 'Commune', ['commune', 'ville', 'city', 'localite']],
  ['code_insee', 'Code INSEE de la commune', ['code insee', 'insee', 'code_insee']],
  [
    'horaires_accueil',
    "Horaires d'accueil",
    ['horaires', 'horaires accueil', 'horaires_accueil', 'horaires ouverture', 'horaires_ouverture', 'opening hours'],
  ],
  ['telephone', 'Téléphone', ['telephone', 'tel', 'phone', 'numero', 'tel.']],
  ['courriel', 'Courriel', ['courriel', 'email', 'e-mail', 'mail', 'adresse electronique']],
  ['site_web', 'Site web', ['site web', 'site', 'site internet', 'url', 'web', 'site_web']],
  ['accessibilite', 'Accessibilité (handicap)', ['accessibilite', 'accessibilité', 'acces handicap', 'pmr']],
];

const normal = (text) =>
  String(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * The column each field most likely comes from, by header: an exact word first, then a header
 * starting with it. @returns {Record<string, number>} field → column index (absent: none).
 */
export function guessMapping(headers) {
  const names = headers.map(normal);
  const mapping = {};
  const used = new Set();
  for (const exact of [true, false]) {
    for (const [field, , words] of partnerColumns) {
      if (field in mapping) continue;
      const index = names.findIndex(
        (name, i) => !used.has(i) && words.map(normal).some((w) => (exact ? name === w : name.startsWith(w))),
      );
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
      }
    }
  }
  return mapping;
}

/**
 * A type written in a spreadsheet ("CCAS", "Bailleur social", "landlord") → a partner type id of
 * the national content or of the pack; undefined when none matches.
 * @param {{ id: string, label: unknown }[]} types
 */
export function matchPartnerType(value, types) {
  const wanted = normal(value);
  if (!wanted) return undefined;
  for (const type of types) {
    const labels = [type.id, ...(typeof type.label === 'string' ? [type.label] : Object.values(type.label ?? {}))];
    const words = labels.map(normal);
    if (words.some((w) => w === wanted || w.split(' ')[0] === wanted || w.startsWith(`${wanted} `))) return type.id;
  }
  return undefined;
}

/**
 * Rows (header excluded) → partners, with an id made from each name (unique in the pack), and
 * remarks for what the person should check (a type not recognised, a row without a name).
 * @param {string[][]} rows @param {Record<string, number>} mapping
 * @param {{ takenIds: Iterable<string>, types: { id: string, label: unknown }[], firstLine?: number }} options
 */
export function rowsToPartners(rows, mapping, { takenIds, types, firstLine = 2 }) {
  const taken = new Set(takenIds);
  const partners = [];
  const remarks = [];
  rows.forEach((row, i) => {
    const cell = (field) => (field in mapping ? (row[mapping[field]] ?? '').trim() : '');
    const line = firstLine + i;
    const partner = {};
    const name = cell('nom');
    if (!name) remarks.push(`Ligne ${line} : pas de nom. Le partenaire est importé sans nom : donnez-lui en un.`);
    partner.id = uniqueId(slugify(name || `partenaire-ligne-${line}`, 'partenaire'), taken);
    taken.add(partner.id);
    if (name) partner.nom = name;
    const typeText = cell('type');
    if (typeText) {
      const type = matchPartnerType(typeText, types);
      if (type) partner.type = type;
      else
        remarks.push(
          `Ligne ${line} (${name || 'sans nom'}) : type « ${typeText} » inconnu, laissé vide. Choisissez-le dans la liste.`,
        );
    }
    for (const field of ['description', 'adresse', 'code_postal', 'commune', 'code_insee', 'horaires_accueil']) {
      if (cell(field)) partner[field] = cell(field);
    }
    for (const field of ['telephone', 'courriel', 'site_web', 'accessibilite'])
      if (cell(field)) partner[field] = cell(field);
    const services = cell('services')
      .split(/\s*(?:\||\r?\n)\s*/)
      .filter(Boolean);
    if (services.length) partner.services = services;
    partners.push(partner);
  });
  return { partners, remarks };
}
