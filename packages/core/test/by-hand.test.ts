/**
 * What core writes by hand instead of calling Intl (whose first use on a page costs tens
 * of milliseconds of main thread), checked against Intl itself, which tests can afford.
 */
import { expect } from '@open-wc/testing';
import {
  compareFolded,
  formatEuros,
  formatLongDate,
  pluralCategory,
  pluralMessage,
  weekdayName,
} from '@voix-logement/core';

describe('pluralCategory and pluralMessage', () => {
  const counts = [0, 1, 2, 3, 5, 10, 11, 21, 100, 101, 1000];
  it('counts 0 as one in French, not in English', () => {
    expect(pluralCategory(0, 'fr')).to.equal('one');
    expect(pluralCategory(0, 'en')).to.equal('other');
  });
  it('gives Arabic its six categories and Ukrainian its four, as Intl.PluralRules does', () => {
    const seen = (locale: string) => new Set(counts.map((n) => pluralCategory(n, locale)));
    expect([...seen('ar')].sort()).to.deep.equal(['few', 'many', 'one', 'other', 'two', 'zero']);
    expect([...seen('uk')].sort()).to.deep.equal(['few', 'many', 'one']);
    expect(pluralCategory(1.5, 'uk')).to.equal('other');
  });
  it('picks the message of the category, and falls back to "other" for a category without one', () => {
    const messages = { one: () => 'un', other: () => 'plusieurs' };
    expect(pluralMessage(1, 'fr', messages)).to.equal('un');
    expect(pluralMessage(0, 'fr', messages)).to.equal('un');
    expect(pluralMessage(2, 'fr', messages)).to.equal('plusieurs');
    expect(pluralMessage(2, 'ar', messages)).to.equal('plusieurs'); // 'two' has no message here
    expect(pluralMessage(2, 'ar', { ...messages, two: () => 'deux' })).to.equal('deux');
  });
  it('looks up only the chosen message', () => {
    let calls = 0;
    pluralMessage(3, 'en', { one: () => (calls++, 'one'), other: () => 'other' });
    expect(calls).to.equal(0);
  });
});

describe('formatEuros', () => {
  for (const locale of ['fr', 'en']) {
    it(`writes euros as Intl.NumberFormat does in ${locale}, by hand`, () => {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
      for (const n of [0, 7, 999, 1000, 12_870, 26_920.4, 123_456, 1_234_567, -1500]) {
        expect(formatEuros(n, locale), `${locale} ${n}`).to.equal(intl.format(Math.round(n)));
      }
    });
  }
  it('uses Intl for a locale without a hand-written rule', () => {
    const intl = new Intl.NumberFormat('uk', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    expect(formatEuros(12_870, 'uk')).to.equal(intl.format(12_870));
  });
});

describe('formatLongDate and weekdayName in a locale without a table', () => {
  it('fall back to Intl', () => {
    const date = new Date(Date.UTC(2026, 11, 3));
    const long = { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
    expect(formatLongDate(date, 'ar', 'UTC')).to.equal(new Intl.DateTimeFormat('ar', long).format(date));
    const monday = new Date(Date.UTC(2024, 0, 1)).toLocaleDateString('uk', { weekday: 'long', timeZone: 'UTC' });
    expect(weekdayName(0, 'uk')).to.equal(monday);
  });
});

describe('weekdayName', () => {
  for (const locale of ['fr', 'en']) {
    it(`names Monday to Sunday as Intl does in ${locale}`, () => {
      for (let d = 0; d < 7; d++) {
        const intl = new Date(Date.UTC(2024, 0, d + 1)).toLocaleDateString(locale, {
          weekday: 'long',
          timeZone: 'UTC',
        });
        expect(weekdayName(d, locale)).to.equal(intl);
      }
    });
  }
});

describe('formatLongDate', () => {
  it('writes "1er" for the first of the month in French only', () => {
    expect(formatLongDate(new Date(Date.UTC(2024, 7, 1)), 'fr', 'UTC')).to.equal('1er août 2024');
    expect(formatLongDate(new Date(Date.UTC(2024, 7, 1)), 'en', 'UTC')).to.equal('1 August 2024');
  });
});

describe('compareFolded', () => {
  it('orders names as a French reader does, accents and case aside', () => {
    const names = [
      'Vif',
      'échirolles',
      'Eybens',
      'Saint-Égrève',
      'Saint-Martin-d’Hères',
      'Fontaine',
      'Œuvre',
      'Oz',
      'Grenoble',
      'Claix',
    ];
    expect([...names].sort(compareFolded)).to.deep.equal([
      'Claix',
      'échirolles',
      'Eybens',
      'Fontaine',
      'Grenoble',
      'Œuvre',
      'Oz',
      'Saint-Égrève',
      'Saint-Martin-d’Hères',
      'Vif',
    ]);
    const collator = new Intl.Collator('fr');
    expect([...names].sort(compareFolded)).to.deep.equal([...names].sort(collator.compare));
  });
  it('keeps names that fold alike in the order given', () => {
    expect(['Eybens', 'eybens', 'Éybens', 'Claix'].sort(compareFolded)).to.deep.equal([
      'Claix',
      'Eybens',
      'eybens',
      'Éybens',
    ]);
  });
});
