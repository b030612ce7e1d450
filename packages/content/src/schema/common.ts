/**
 * Building blocks shared by every section of the content pack.
 * Kept flagless and eval-free: the same schema becomes the published JSON Schema
 * (@valibot/to-json-schema) and runs in the widgets under a strict CSP.
 */
import * as v from 'valibot';

/** An id: lower-case letters, digits and hyphens ("rent-debt", "ccas-echirolles"). */
export const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id'));

const localeCode = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, 'locale'));

/** Longest text a pack may hold in one field: long enough for a page of details. */
export const maxTextLength = 20000;
const shortString = v.pipe(v.string(), v.maxLength(maxTextLength, 'maxLength'));

/** A French string, or a map of locales: { "fr": "…", "en": "…" } (at most 20 locales). */
export const localizedText = v.union(
  [shortString, v.pipe(v.record(localeCode, shortString), v.maxEntries(20, 'maxEntries'))],
  'localizedText',
);

/**
 * A web address: only https: or http: (v.url() alone accepts javascript:). The pattern
 * is flagless on purpose (JSON Schema has no regex flags), hence [Hh][Tt]….
 */
export const webUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'maxLength'),
  v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*$/, 'webUrl'),
);

/** A calendar date, ISO format (2026-11-23). */
export const isoDate = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'isoDate'));

/** A French phone number as people write it ("04 76 00 00 00", "115", "+33 4 76 …"). */
export const phone = v.pipe(v.string(), v.maxLength(40, 'maxLength'), v.regex(/^\+?[0-9][0-9 .-]{1,30}$/, 'phone'));

export const email = v.pipe(
  v.string(),
  v.maxLength(320, 'maxLength'),
  v.regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, 'email'),
);

/** Where a fact comes from, shown as service-public.fr does with "Vérifié le". */
export const factMeta = {
  source: v.optional(localizedText),
  sourceUrl: v.optional(webUrl),
  verifiedOn: v.optional(isoDate),
  /** true when the fact is not confirmed by an authoritative source: the widgets flag it. */
  unconfirmed: v.optional(v.boolean()),
};

export const zone = v.picklist(['paris', 'idf', 'other', 'overseas'], 'zone');

/** A bounded list, so a hostile pack cannot make a widget render a million rows. */
export const list = <T extends v.GenericSchema>(item: T, max = 5000) =>
  v.pipe(v.array(item), v.maxLength(max, 'maxItems'));

/**
 * Words people use in a search when they are not in the text ("APL", "expulsion", "mairie"):
 * the search box then finds the question, the topic's questions, or the partners of a type.
 */
export const keywords = list(localizedText, 40);
