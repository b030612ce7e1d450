/**
 * Arabic and Ukrainian through the format module (issue 20): plural categories, amounts,
 * numbers and dates as Intl writes them in each language (the module has no table for them).
 */
import { expect } from '@open-wc/testing';
import {
  formatEuros,
  formatLongDate,
  formatNumber,
  pluralCategory,
  pluralMessage,
  weekdayName,
} from '@voix-logement/core';

// 1.5: Ukrainian keeps `other` for fractions.
const counts = [0, 1, 1.5, 2, 3, 5, 10, 11, 12, 21, 22, 25, 99, 100, 101, 102, 103, 111, 1000, 1001];

describe('plurals in Arabic and Ukrainian', () => {
  for (const locale of ['ar', 'uk']) {
    it(`picks the category Intl.PluralRules gives in ${locale}`, () => {
      const rules = new Intl.PluralRules(locale);
      for (const n of counts) expect(pluralCategory(n, locale), `${locale} ${n}`).to.equal(rules.select(n));
    });
  }

  it('uses all six Arabic categories and the four Ukrainian ones', () => {
    const seen = (locale: string) => [...new Set(counts.map((n) => pluralCategory(n, locale)))].sort();
    expect(seen('ar')).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect(seen('uk')).to.deep.equal(['few', 'many', 'one', 'other']);
  });

  it('gives each category its own message, and `other` for one a list lacks', () => {
    const all = {
      zero: () => 'zero',
      one: () => 'one',
      two: () => 'two',
      few: () => 'few',
      many: () => 'many',
      other: () => 'other',
    };
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralMessage(n, 'ar', all))).to.deep.equal([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect([1, 2, 5, 1.5].map((n) => pluralMessage(n, 'uk', all))).to.deep.equal(['one', 'few', 'many', 'other']);
    expect(pluralMessage(2, 'ar', { one: () => 'one', other: () => 'other' })).to.equal('other');
  });
});

describe('amounts, numbers and dates in Arabic and Ukrainian', () => {
  const amounts = [0, 7, 950, 12345, 26920.4, -1500];
  const numbers = [0, 1, 6, 12.5, 1000, 12345.67, -1500];
  const date = new Date(Date.UTC(2026, 11, 3, 12));
  for (const locale of ['ar', 'uk']) {
    it(`writes euros as Intl.NumberFormat does in ${locale}, whole euros`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      for (const n of amounts) expect(formatEuros(n, locale), `${locale} ${n}`).to.equal(intl.format(Math.round(n)));
    });
    it(`writes numbers as Intl.NumberFormat does in ${locale}`, () => {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
      for (const n of numbers) expect(formatNumber(n, locale), `${locale} ${n}`).to.equal(intl.format(n));
    });
    it(`writes dates and weekdays as Intl.DateTimeFormat does in ${locale}`, () => {
      const long = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatLongDate(date, locale, 'UTC')).to.equal(long.format(date));
      const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
      expect(weekdayName(0, locale)).to.equal(weekday.format(new Date(Date.UTC(2024, 0, 1))));
    });
  }
});
