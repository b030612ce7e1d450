/**
 * Links built from content only ever use https:, http:, tel: or mailto:. Anything else
 * (javascript:, data:, a relative path that a hostile pack could point at the partner's
 * own pages) is dropped, with a warning naming the owner.
 */
import { warnOnce } from './warn.js';

const allowed = /^(https?:\/\/[^\s]+|tel:\+?[0-9]{2,20}|mailto:[^\s@]+@[^\s@]+)$/i;

/** The URL when its scheme is allowed, else undefined (and a warning). */
export function safeHref(url: string | undefined, owner?: object, where = 'link'): string | undefined {
  if (!url) return undefined;
  const trimmed = url.trim();
  if (allowed.test(trimmed)) return trimmed;
  warnOnce(
    'vl-unsafe-link',
    `${where}: "${trimmed.slice(0, 60)}" is not an https:, http:, tel: or mailto: link; it is not shown as a link`,
    owner,
  );
  return undefined;
}

/** Digits only ("04 76 00 00 00" → "0476000000"), for tel: and sms: links. */
export function dialDigits(phone: string): string {
  const plus = phone.trim().startsWith('+') ? '+' : '';
  return plus + phone.replace(/[^0-9]/g, '');
}

/** tel: link for a number written with spaces, dots or dashes. */
export const telHref = (phone: string): string => `tel:${dialDigits(phone)}`;

/** sms: link, for services reached by text message only (114). */
export const smsHref = (phone: string): string => `sms:${dialDigits(phone)}`;
