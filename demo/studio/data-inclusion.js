// A data·inclusion export → partners of the pack, each structure with its services.
//
// Source of the field names: the data·inclusion schema, github.com/gip-inclusion/data-inclusion-schema,
// src/data_inclusion/schema/v1/structures.py and v1/services.py (current), v0/structures (docs/structure.md)
// and v0/services.py (old names). Current structure fields used: id, nom, description, adresse,
// complement_adresse, code_postal, code_insee, commune, telephone, courriel, site_web, horaires_accueil,
// accessibilite_lieu, reseaux_porteurs; service fields: structure_id, nom, description, thematiques.
// Old (v0) names read with a remark: horaires_ouverture (→ horaires_accueil), presentation_resume and
// presentation_detail (→ description), accessibilite (→ accessibilite_lieu); typologie is kept as is,
// since the pack and the directory still read it (schema/partners.ts), and the validator names it.
import { slugify, uniqueId } from './ids.js';

const str = (value) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** Reads a JSON export: a list of structures, a list of services, or { structures, services }. */
export function splitExport(json) {
  const structures = [];
  const services = [];
  const items = Array.isArray(json)
    ? json
    : [
        ...(Array.isArray(json?.structures) ? json.structures : []),
        ...(Array.isArray(json?.services) ? json.services : []),
      ];
  for (const item of items) {
    if (!item || typeof item !== 'object') continue;
    if ('structure_id' in item) services.push(item);
    else structures.push(item);
  }
  return { structures, services };
}

/**
 * @param {{ structures: object[], services: object[] }} data
 * @param {{ takenIds: Iterable<string> }} options
 * @returns {{ partners: object[], remarks: string[] }}
 */
export function dataInclusionToPartners({ structures, services }, { takenIds }) {
  const taken = new Set(takenIds);
  const remarks = [];
  const oldNamesSeen = new Map();
  const old = (name, current) => oldNamesSeen.set(name, current);
  const servicesOf = new Map();
  for (const service of services) {
    const key = str(service.structure_id);
    const nom = str(service.nom);
    if (!key || !nom) continue;
    const entry = { nom };
    let description = str(service.description);
    if (!description && (service.presentation_resume || service.presentation_detail)) {
      old('presentation_resume / presentation_detail (services)', 'description');
      description = [str(service.presentation_resume), str(service.presentation_detail)].filter(Boolean).join('\n\n');
    }
    if (description) entry.description = description;
    const themes = (Array.isArray(service.thematiques) ? service.thematiques : [])
      .map(str)
      .filter((t) => /^[a-z0-9-]{1,120}$/.test(t))
      .slice(0, 20);
    if (themes.length) entry.thematiques = themes;
    if (!servicesOf.has(key)) servicesOf.set(key, []);
    servicesOf.get(key).push(entry);
  }

  const partners = structures.map((s, i) => {
    const nom = str(s.nom);
    const id = uniqueId(slugify(nom || str(s.id) || `structure-${i + 1}`, 'partenaire'), taken);
    taken.add(id);
    const partner = { id };
    if (nom) partner.nom = nom;
    else remarks.push(`Structure n° ${i + 1} (${str(s.id) || 'sans identifiant'}) : pas de nom. Donnez-lui en un.`);
    let description = str(s.description);
    if (!description && (s.presentation_resume || s.presentation_detail)) {
      old('presentation_resume / presentation_detail', 'description');
      description = [str(s.presentation_resume), str(s.presentation_detail)].filter(Boolean).join('\n\n');
    }
    if (description) partner.description = description;
    const address = [str(s.adresse), str(s.complement_adresse)].filter(Boolean).join(', ');
    if (address) partner.adresse = address;
    for (const field of ['code_postal', 'code_insee', 'commune', 'telephone', 'courriel', 'site_web']) {
      if (str(s[field])) partner[field] = str(s[field]);
    }
    if (str(s.horaires_accueil)) partner.horaires_accueil = str(s.horaires_accueil);
    else if (str(s.horaires_ouverture)) {
      old('horaires_ouverture', 'horaires_accueil');
      partner.horaires_accueil = str(s.horaires_ouverture);
    }
    const access = str(s.accessibilite_lieu) || str(s.accessibilite);
    if (!str(s.accessibilite_lieu) && str(s.accessibilite)) old('accessibilite', 'accessibilite_lieu');
    if (access) partner.accessibilite = `Accessibilité du lieu (Accès libre) : ${access}`;
    if (str(s.typologie)) {
      old('typologie', 'type');
      partner.typologie = str(s.typologie);
    }
    const networks = (Array.isArray(s.reseaux_porteurs) ? s.reseaux_porteurs : []).map(str).filter(Boolean);
    if (networks.length) partner.reseaux_porteurs = networks.slice(0, 20);
    const own = servicesOf.get(str(s.id));
    if (own?.length) partner.services = own.slice(0, 50);
    servicesOf.delete(str(s.id));
    return partner;
  });
  for (const [name, current] of oldNamesSeen) {
    remarks.push(
      `Ancien nom de champ data·inclusion « ${name} » : lu comme « ${current} ». Préférez un export récent.`,
    );
  }
  const orphans = [...servicesOf.values()].reduce((n, list) => n + list.length, 0);
  if (orphans)
    remarks.push(
      `${orphans} service${orphans > 1 ? 's' : ''} sans structure dans le fichier : non importé${orphans > 1 ? 's' : ''}.`,
    );
  return { partners, remarks };
}
