/**
 * The directory's pure logic: partners as entries with precomputed search strings
 * (folded once per pack, so a keystroke is one `includes` per partner), filters, and
 * the address link to the pack's map site.
 */
import type { LocalizedText, Partner, PartnerType } from '@voix-logement/content';
import { foldForSearch, safeHref } from '@voix-logement/core';
import { parseHours, type ParsedHours } from './hours.js';

export interface Entry {
  partner: Partner;
  type: string;
  hours?: string;
  parsedHours?: ParsedHours;
  /** Communes served: `communes_servies`, else the partner's own commune. */
  communes: string[];
  communeKeys: string[];
  serviceKeys: string[];
  haystack: string;
}

export interface Filters {
  query?: string;
  /** Types allowed by the `types` attribute (empty: all). */
  types?: readonly string[];
  type?: string;
  commune?: string;
  service?: string;
}

/** data·inclusion v0 `typologie` codes we can map; any other code becomes its lower-case self. */
const typologies: Record<string, string> = {
  CCAS: 'ccas',
  CIAS: 'ccas',
  ASSO: 'association',
  ADIL: 'adil',
  EPCI: 'intercommunality',
  CC: 'intercommunality',
  PREF: 'state',
  DDETS: 'state',
};

/** Every locale's text of a pack text, for the haystack ("Cœur" and "Heart" both match). */
const allTexts = (value: LocalizedText | undefined): string =>
  value === undefined ? '' : typeof value === 'string' ? value : Object.values(value).join(' ');

/** The name of a service (a text, or a data·inclusion-like service object). */
export const serviceName = (service: NonNullable<Partner['services']>[number]): LocalizedText =>
  typeof service === 'object' && 'nom' in service ? (service.nom as LocalizedText) : (service as LocalizedText);

/** The French (else first) text of a pack text: a stable key for filters. */
export const keyText = (value: LocalizedText): string =>
  typeof value === 'string' ? value : (value['fr'] ?? Object.values(value)[0] ?? '');

export interface Normalized {
  entries: Entry[];
  /** Notes for integrators: v0 names read, hours in a syntax we do not evaluate. */
  warnings: string[];
}

/** Partners as entries; unsupported or old (v0) fields are mapped and reported. */
export function toEntries(partners: readonly Partner[], types: readonly PartnerType[]): Normalized {
  const warnings: string[] = [];
  const labels = new Map(types.map((t) => [t.id, allTexts(t.label)]));
  const entries = partners.map((partner, index): Entry => {
    const where = `partners[${index}] (${partner.id})`;
    let type = partner.type;
    if (!type && partner.typologie) {
      type = typologies[partner.typologie.toUpperCase()] ?? partner.typologie.toLowerCase();
      warnings.push(`${where}: "typologie" is the data·inclusion v0 name; read as type "${type}"`);
    }
    let hours = partner.horaires_accueil;
    if (!hours && partner.horaires_ouverture) {
      hours = partner.horaires_ouverture;
      warnings.push(`${where}: "horaires_ouverture" is the data·inclusion v0 name; use "horaires_accueil"`);
    }
    const parsedHours = hours ? parseHours(hours) : undefined;
    if (parsedHours && !parsedHours.ok) {
      warnings.push(`${where}: horaires_accueil ${parsedHours.error}; shown as written`);
    }
    const communes = partner.communes_servies?.length ? partner.communes_servies : partner.commune ? [partner.commune] : [];
    const services = partner.services ?? [];
    const haystack = foldForSearch(
      [
        allTexts(partner.nom),
        labels.get(type ?? '') ?? type,
        allTexts(partner.description),
        ...services.map((s) => allTexts(serviceName(s))),
        partner.adresse,
        partner.code_postal,
        partner.commune,
        ...communes,
      ].join(' '),
    );
    return {
      partner,
      type: type ?? '',
      ...(hours ? { hours, parsedHours } : {}),
      communes,
      communeKeys: communes.map(foldForSearch),
      serviceKeys: services.map((s) => foldForSearch(keyText(serviceName(s)))),
      haystack,
    };
  });
  return { entries, warnings };
}

/** The entries that pass every filter; the query's words must all appear, in any order. */
export function filterEntries(entries: readonly Entry[], filters: Filters): Entry[] {
  const words = foldForSearch(filters.query ?? '').split(' ').filter(Boolean);
  const commune = filters.commune ? foldForSearch(filters.commune) : '';
  const service = filters.service ? foldForSearch(filters.service) : '';
  const allowed = filters.types?.length ? filters.types : undefined;
  return entries.filter(
    (e) =>
      (!allowed || allowed.includes(e.type)) &&
      (!filters.type || e.type === filters.type) &&
      (!commune || e.communeKeys.includes(commune)) &&
      (!service || e.serviceKeys.includes(service)) &&
      words.every((w) => e.haystack.includes(w)),
  );
}

/** Distinct values, sorted the French way ("Écoulanges" next to "Ecully", not after "Z"). */
export function sortedUnique(values: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(foldForSearch(v))) seen.set(foldForSearch(v), v);
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'fr'));
}

export const defaultMapUrl = 'https://www.openstreetmap.org/search?query={query}';

/** The address as one line: "12 rue des Lilas, 38130 Écoulanges". */
export function addressLine(p: Partner): string {
  const town = [p.code_postal, p.commune].filter(Boolean).join(' ');
  return [p.adresse, town].filter(Boolean).join(', ');
}

/** A link to the address on the pack's map site (default OpenStreetMap); only http(s). */
export function mapHref(p: Partner, template = defaultMapUrl, owner?: object): string | undefined {
  const address = addressLine(p);
  if (!address) return undefined;
  return safeHref(template.replace('{query}', encodeURIComponent(address)), owner, `map link of ${p.id}`);
}
