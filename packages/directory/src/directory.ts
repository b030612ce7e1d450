import type { WarningCode } from '@voix-logement/core';
/**
 * The directory's pure logic: partners as entries with precomputed search strings
 * (folded once per pack, so a keystroke is one `includes` per partner), filters, and
 * the address link to the pack's map site.
 */
import type { LocalizedText, Partner, PartnerType } from '@voix-logement/content';
import { foldForSearch as fold, safeHref } from '@voix-logement/core';
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
  /** Serves every commune of the territory. */
  everywhere: boolean;
  /** The type's label from the pack, else the type id. */
  label: LocalizedText;
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

export interface Normalized {
  entries: Entry[];
  /** Notes for integrators: v0 names read, hours in a syntax we do not evaluate. */
  /** [warning code, message] for each partner field read in an old or unsupported form. */
  warnings: [WarningCode, string][];
  /** Service filter options: folded key → name. */
  services: Map<string, LocalizedText>;
  /** Types that have partners, in the pack's order: id → label. */
  types: Map<string, LocalizedText>;
  /** Communes of the territory and those served, sorted, once each. */
  communes: string[];
}

/** data·inclusion v0 `typologie` codes we can map; any other code becomes its lower-case self. */
const typologies: Record<string, string> = {
  CIAS: 'ccas',
  ASSO: 'association',
  EPCI: 'intercommunality',
  CC: 'intercommunality',
  PREF: 'state',
  DDETS: 'state',
};

/** Every locale's text of a pack text, for the haystack ("Cœur" and "Heart" both match). */
const allTexts = (value?: LocalizedText): string =>
  typeof value === 'object' ? Object.values(value).join(' ') : (value ?? '');

/** The name of a service (a text, or a data·inclusion-like service object). */
export const serviceName = (service: NonNullable<Partner['services']>[number]): LocalizedText =>
  typeof service === 'object' && 'nom' in service ? (service.nom as LocalizedText) : (service as LocalizedText);

/**
 * Partners as entries, a batch at a time (`add`), then the whole (`done`): a pack's 2,000
 * partners are added a few hundred a task (vl-directory's prepare). Old (v0) names are mapped
 * and hours we cannot evaluate reported.
 */
export function entriesBuilder(types: readonly PartnerType[], territory: readonly string[] = []) {
  const warnings: [WarningCode, string][] = [];
  const services = new Map<string, LocalizedText>();
  const labels = new Map<string, LocalizedText>(types.map((t) => [t.id, t.label]));
  // The words people use for a type ("mairie" for a CCAS) find its partners too.
  const typeWords = new Map(types.map((t) => [t.id, (t.keywords ?? []).map(allTexts).join(' ')]));
  const present = new Map<string, LocalizedText>();
  // 2,000 partners name the same communes, services and hours again and again: each distinct
  // text is folded or parsed once (folding every mention took ~30 ms of main thread).
  const key = memo(fold);
  const hoursOf = memo(parseHours);
  const all = [...new Set(territory.map(key))];
  const entries: Entry[] = [];
  const toEntry = (partner: Partner, index: number): Entry => {
    const note = (text: string, code: WarningCode = 'vl-pack-deprecated-field') =>
      warnings.push([code, `partners[${index}] (${partner.id}): ${text}`]);
    const { typologie: v0, horaires_ouverture: v0hours, commune } = partner;
    let type = partner.type;
    if (!type && v0)
      note(
        `"typologie" (data·inclusion v0) read as type "${(type = typologies[v0.toUpperCase()] ?? v0.toLowerCase())}"`,
      );
    let hours = partner.horaires_accueil;
    if (!hours && v0hours) {
      note(`"horaires_ouverture" (data·inclusion v0) read as "horaires_accueil"`);
      hours = v0hours;
    }
    const parsedHours = hours ? hoursOf(hours) : undefined;
    if (parsedHours && !parsedHours.ok)
      note(`horaires_accueil ${parsedHours.error}; shown as written`, 'vl-hours-unsupported');
    const communes = partner.communes_servies?.length ? partner.communes_servies : commune ? [commune] : [];
    const communeKeys = communes.map(key);
    const names = (partner.services ?? []).map(serviceName);
    const serviceKeys = names.map((name) => {
      const k = key(typeof name === 'string' ? name : (name['fr'] ?? Object.values(name)[0] ?? ''));
      services.set(k, name);
      return k;
    });
    const label = labels.get(type!) ?? type ?? '';
    if (type) present.set(type, label);
    return {
      partner,
      type: type ?? '',
      label,
      ...(hours ? { hours, parsedHours } : {}),
      communes,
      communeKeys,
      serviceKeys,
      everywhere: !!all.length && communeKeys.length >= all.length && all.every((c) => communeKeys.includes(c)),
      haystack: fold(
        [
          allTexts(partner.nom),
          allTexts(label),
          typeWords.get(type!) ?? '',
          allTexts(partner.description),
          ...names.map(allTexts),
          partner.adresse,
          partner.code_postal,
          commune,
          ...communes,
        ].join(' '),
      ),
    };
  };
  return {
    /** Adds `partners`, the first of which is the pack's partner number `offset` (for the warnings). */
    add(partners: readonly Partner[], offset = 0): void {
      partners.forEach((partner, i) => entries.push(toEntry(partner, offset + i)));
    },
    done: (): Normalized => ({
      entries,
      warnings,
      services,
      types: new Map([...labels, ...present].filter(([id]) => present.has(id))),
      communes: sortedUnique([...territory, ...entries.flatMap((e) => e.communes)], key),
    }),
  };
}

/** Partners as entries, all at once (see entriesBuilder). */
export function toEntries(
  partners: readonly Partner[],
  types: readonly PartnerType[],
  territory: readonly string[] = [],
): Normalized {
  const builder = entriesBuilder(types, territory);
  builder.add(partners);
  return builder.done();
}

/** The entries that pass every filter; the query's words must all appear, in any order. */
export function filterEntries(
  entries: readonly Entry[],
  { query = '', types = [], type, commune, service }: Filters,
): Entry[] {
  const words = fold(query).split(' ').filter(Boolean);
  const c = commune && fold(commune);
  const s = service && fold(service);
  return entries.filter(
    (e) =>
      (!types.length || types.includes(e.type)) &&
      (!type || e.type === type) &&
      (!c || e.communeKeys.includes(c)) &&
      (!s || e.serviceKeys.includes(s)) &&
      words.every((w) => e.haystack.includes(w)),
  );
}

/** `fn` remembering its result for each text it has seen. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, fn(text));
    return seen.get(text)!;
  };
}

/** Distinct values, sorted the French way ("Écoulanges" next to "Ecully", not after "Z"). */
export function sortedUnique(values: Iterable<string>, key: (text: string) => string = fold): string[] {
  const seen = new Map<string, string>();
  for (const v of values) if (v && !seen.has(key(v))) seen.set(key(v), v);
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

/** The address as one line: "12 rue des Lilas, 38130 Écoulanges". */
export const addressLine = (p: Partner): string =>
  [p.adresse, [p.code_postal, p.commune].filter(Boolean).join(' ')].filter(Boolean).join(', ');

/** A link to the address on the pack's map site (default OpenStreetMap); only http(s). */
export function mapHref(
  p: Partner,
  template = 'https://www.openstreetmap.org/search?query={query}',
  owner?: object,
): string | undefined {
  const address = addressLine(p);
  return address
    ? safeHref(template.replace('{query}', encodeURIComponent(address)), owner, `map link of ${p.id}`)
    : undefined;
}
