/**
 * The words of the check, in the element's locale: what each product means, why a household
 * is in its category, and people counted. Called while the element renders (msg() reads the
 * element's locale there). No DOM.
 */
import { msg, str } from '@lit/localize';
import { pluralCategory } from '@voix-logement/core';
import type { HouseholdCategory, Product } from './rules.js';

/** What a product means for the reader, in plain words (national-facts.md F). */
export function productMeaning(product: Product): string {
  switch (product) {
    case 'PLAI':
    case 'LLTS': // the overseas counterpart of PLAI (national-facts.md F)
      return msg('les loyers les plus bas', { id: 'eligibility.meaning-plai' });
    case 'PLUS':
    case 'LLS': // the overseas counterpart of PLUS, most of the overseas social homes
      return msg('le logement social ordinaire', { id: 'eligibility.meaning-plus' });
    case 'PLS':
      return msg('des loyers plus élevés, pour les revenus moyens', { id: 'eligibility.meaning-pls' });
  }
}

/** "1 personne", "3 personnes". */
export function persons(count: number, locale: string): string {
  return pluralCategory(count, locale) === 'one'
    ? msg(str`${count} personne`, { id: 'eligibility.persons-one' })
    : msg(str`${count} personnes`, { id: 'eligibility.persons-other' });
}

/** What the reader told the check, for the reason of the category. */
export interface Told {
  persons: number;
  dependants: number;
}

/** Why the household is in its category, e.g. "un couple dont les deux âges font 55 ans ou moins en tout". */
export function categoryReason(hc: HouseholdCategory, told: Told, locale: string): string {
  switch (hc.reason) {
    case 'dependants':
      return msg(str`une personne seule avec ${persons(told.dependants, locale)} à charge`, {
        id: 'eligibility.why-dependants',
      });
    case 'young-couple':
      return msg('un couple dont les deux âges font 55 ans ou moins en tout (jeune ménage)', {
        id: 'eligibility.why-young-couple',
      });
    case 'disability':
      return msg(
        str`${persons(told.persons, locale)}, dont une a la carte d’invalidité : elle compte pour une personne de plus`,
        { id: 'eligibility.why-disability' },
      );
    default:
      return told.persons === 1
        ? msg('une personne seule', { id: 'eligibility.why-alone' })
        : persons(told.persons, locale);
  }
}

/** "Votre foyer est en catégorie 3 : un couple dont…" (with the persons beyond category 6). */
export function categorySentence(hc: HouseholdCategory, told: Told, locale: string): string {
  const why = categoryReason(hc, told, locale);
  if (!hc.extra) return msg(str`Votre foyer est en catégorie ${hc.category} : ${why}.`, { id: 'eligibility.category' });
  return msg(str`Votre foyer est en catégorie 6, avec ${persons(hc.extra, locale)} en plus : ${why}.`, {
    id: 'eligibility.category-extra',
  });
}
