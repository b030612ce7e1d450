/**
 * Plurals, for every locale: the category comes from Intl.PluralRules (its first use costs
 * under 1 ms here, unlike DateTimeFormat or NumberFormat), and each category has its own
 * message, as GOV.UK Frontend's `{ one, other }` maps do. French and English need two
 * messages, Arabic six (zero, one, two, few, many, other), Ukrainian four.
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** One message per category; `other` is required, a missing category falls back to it. */
export type PluralMessages<T> = { other: () => T } & Partial<Record<Exclude<PluralCategory, 'other'>, () => T>>;

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in `locale` ("0 partenaire trouvé": French counts 0 as one). */
export function pluralCategory(count: number, locale: string): PluralCategory {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(Math.abs(count));
}

/**
 * The message for `count`: `pluralMessage(n, locale, { one: () => msg(…), other: () => msg(…) })`.
 * Messages are functions so that only the chosen one is looked up.
 */
export function pluralMessage<T>(count: number, locale: string, messages: PluralMessages<T>): T {
  return (messages[pluralCategory(count, locale)] ?? messages.other)();
}
