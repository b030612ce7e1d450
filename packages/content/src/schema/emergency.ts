import * as v from 'valibot';
import { factMeta, id, list, localizedText, phone, webUrl } from './common.js';

/** Someone to call: a national number or a local desk. */
export const emergencyContact = v.object({
  id,
  name: localizedText,
  description: v.optional(localizedText),
  /** A number to call (tap-to-call). */
  phone: v.optional(phone),
  /** A number reached by SMS only (114). */
  sms: v.optional(phone),
  url: v.optional(webUrl),
  hours: v.optional(localizedText),
  /** Situation ids this contact helps with. */
  situations: v.optional(list(id, 20)),
  scope: v.optional(v.picklist(['national', 'local'], 'scope')),
  ...factMeta,
});
export type EmergencyContact = v.InferOutput<typeof emergencyContact>;

export const emergencySituation = v.object({
  id,
  title: v.optional(localizedText),
  /** One to three short things to do now. */
  actions: v.optional(list(localizedText, 3)),
  ...factMeta,
});
export type EmergencySituation = v.InferOutput<typeof emergencySituation>;

export const emergency = v.object({
  situations: v.optional(list(emergencySituation, 30)),
  contacts: v.optional(list(emergencyContact, 200)),
});
export type Emergency = v.InferOutput<typeof emergency>;
