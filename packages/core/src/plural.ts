const rules = new Map<string, Intl.PluralRules>();

/** 'one' or 'other' for `count` in `locale` (French counts 0 as one: "0 partenaire trouvé"). */
export function pluralCategory(count: number, locale: string): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(count);
}
