import * as v from 'valibot';
import { id, isoDate, list, localizedText, webUrl, zone } from './common.js';
import { communeCode, placeCode } from './figures.js';

/** Who publishes the pack and where it applies. */
export const territory = v.object({
  id: v.optional(id),
  name: localizedText,
  /** Income-ceiling zone of the territory: the eligibility check uses it by default. */
  zone: v.optional(zone),
  communes: v.optional(list(v.pipe(v.string(), v.maxLength(200, 'maxLength')), 2000)),
  /** The territory's own code: its SIREN (an intercommunality) or its INSEE code (a commune). */
  code: v.optional(placeCode),
  /** The communes' INSEE codes, so the pack's figures can name a commune. */
  communeCodes: v.optional(list(communeCode, 2000)),
  /** Date of the pack's last update, shown to readers. */
  updatedOn: v.optional(isoDate),
  publisher: v.optional(localizedText),
  publisherUrl: v.optional(webUrl),
  /**
   * Map site an address links to, with {query} replaced by the encoded address.
   * Default: OpenStreetMap.
   */
  mapUrl: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2000, 'maxLength'),
      // webUrl's pattern with {query} inside: one flagless regex, so JSON Schema keeps it.
      v.regex(/^[Hh][Tt][Tt][Pp][Ss]?:\/\/[^\s/?#]+[^\s]*\{query\}[^\s]*$/, 'mapUrlQuery'),
    ),
  ),
});
export type Territory = v.InferOutput<typeof territory>;
