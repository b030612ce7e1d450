import * as v from 'valibot';
import { email, id, keywords, list, localizedText, phone, webUrl } from './common.js';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max, 'maxLength'));

/**
 * What a partner does for an applicant. A text, or a data·inclusion-like "service":
 * `nom`, `description`, `thematiques` (e.g. "logement-hebergement--louer-un-logement").
 */
export const partnerService = v.union(
  [
    localizedText,
    v.object({
      nom: localizedText,
      description: v.optional(localizedText),
      thematiques: v.optional(list(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,120}$/, 'id')), 20)),
    }),
  ],
  'localizedText',
);
export type PartnerService = v.InferOutput<typeof partnerService>;

/**
 * A partner of the territory. Field names follow the data·inclusion "structure"
 * schema v1 where it fits (nom, adresse, commune, code_postal, code_insee, telephone,
 * courriel, site_web, horaires_accueil in OpenStreetMap opening_hours syntax), so a
 * territory can import its partners from there. The v0 names `horaires_ouverture` and
 * `typologie` are read too (the directory maps them and warns).
 */
export const partner = v.object({
  id,
  nom: localizedText,
  /** A partner type id (landlord, ccas, association, adil, state, intercommunality, or the pack's own). */
  type: v.optional(id),
  description: v.optional(localizedText),
  services: v.optional(list(partnerService, 50)),
  adresse: v.optional(text(500)),
  code_postal: v.optional(text(10)),
  code_insee: v.optional(text(10)),
  commune: v.optional(text(200)),
  /** Communes the partner serves; absent: only its own `commune`. */
  communes_servies: v.optional(list(text(200), 2000)),
  /** Opening hours, OpenStreetMap opening_hours syntax: "Mo-Fr 09:00-12:00,14:00-17:00; PH off". */
  horaires_accueil: v.optional(text(1000)),
  telephone: v.optional(phone),
  courriel: v.optional(email),
  site_web: v.optional(webUrl),
  /** Access notes for people with a disability (step-free access, hearing loop…). */
  accessibilite: v.optional(localizedText),
  reseaux_porteurs: v.optional(list(text(200), 20)),
  /** data·inclusion v0 name of `horaires_accueil`: read, with a warning. */
  horaires_ouverture: v.optional(text(1000)),
  /** data·inclusion v0 structure type code (CCAS, ASSO, EPCI…): read as `type`, with a warning. */
  typologie: v.optional(text(40)),
});
export type Partner = v.InferOutput<typeof partner>;

/** A kind of partner; its keywords are the words people use for it ("mairie" for a CCAS). */
export const partnerType = v.object({ id, label: localizedText, keywords: v.optional(keywords) });
export type PartnerType = v.InferOutput<typeof partnerType>;

export const partners = list(partner, 5000);
