import * as v from 'valibot';
import { email, id, list, localizedText, phone, webUrl } from './common.js';

/**
 * A partner of the territory. Field names follow the data·inclusion "structure"
 * schema v1 where it fits (nom, adresse, commune, code_postal, telephone, courriel,
 * site_web, horaires_accueil in OpenStreetMap opening_hours syntax), so a territory
 * can import its partners from there.
 */
export const partner = v.object({
  id,
  nom: localizedText,
  type: id,
  description: v.optional(localizedText),
  services: v.optional(list(localizedText, 50)),
  adresse: v.optional(v.pipe(v.string(), v.maxLength(500, 'maxLength'))),
  code_postal: v.optional(v.pipe(v.string(), v.maxLength(10, 'maxLength'))),
  commune: v.optional(v.pipe(v.string(), v.maxLength(200, 'maxLength'))),
  communes_servies: v.optional(list(v.pipe(v.string(), v.maxLength(200, 'maxLength')), 2000)),
  horaires_accueil: v.optional(v.pipe(v.string(), v.maxLength(1000, 'maxLength'))),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  accessibilite: v.optional(localizedText),
});
export type Partner = v.InferOutput<typeof partner>;

export const partnerType = v.object({ id, label: localizedText });

export const partners = list(partner, 5000);
