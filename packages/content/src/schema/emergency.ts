import * as v from 'valibot';
import { factMeta, id, list, localizedText, phone, webUrl } from './common.js';

/** Someone to call: a national number or a local desk. */
export const emergencyContact = v.object({
  id,
  name: localizedText,
  description: v.optional(localizedText),
  /** A number to call (tap-to-call). */
  phone: v.optional(phone),
  /** A number reached by SMS only (114): rendered as an sms: link, never tel:. */
  sms: v.optional(phone),
  url: v.optional(webUrl),
  /** Opening hours, as people write them ("Du lundi au vendredi, 9 h – 17 h"). */
  hours: v.optional(localizedText),
  /** true when the call is free (the widget says "Gratuit"). Only when a source says so. */
  free: v.optional(v.boolean()),
  /** true when the line answers day and night, every day (the widget says "24 h/24, 7 j/7"). */
  alwaysOpen: v.optional(v.boolean()),
  /** Situation ids this contact helps with; absent: every situation. */
  situations: v.optional(list(id, 20)),
  /** `national` numbers are shown first, then `local` ones (the territory's desks). */
  scope: v.optional(v.picklist(['national', 'local'], 'scope')),
  ...factMeta,
});
export type EmergencyContact = v.InferOutput<typeof emergencyContact>;

export const emergencySituation = v.object({
  id,
  title: v.optional(localizedText),
  /**
   * The plain name a person in crisis recognises their situation by ("Violences à la maison"), shown on
   * its button in the chooser and as its name in the compact variant. Absent: the title.
   */
  choice: v.optional(localizedText),
  /** One to three short things to do now. */
  actions: v.optional(list(localizedText, 3)),
  /** What is missing (no sourced number, say): shown as a visible gap, never filled by guesswork. */
  gap: v.optional(localizedText),
  ...factMeta,
});
export type EmergencySituation = v.InferOutput<typeof emergencySituation>;

export const emergency = v.object({
  situations: v.optional(list(emergencySituation, 30)),
  contacts: v.optional(list(emergencyContact, 200)),
});
export type Emergency = v.InferOutput<typeof emergency>;
