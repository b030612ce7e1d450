/**
 * What core writes by hand instead of calling Intl (whose first use on a page costs tens
 * of milliseconds of main thread), checked against Intl itself, which tests can afford.
 */
import { expect } from '@open-wc/testing';
import { compareFolded, formatLongDate, pluralCategory, weekdayName } from '@voix-logement/core';

describe('pluralCategory', () => {
  const counts = [0, 1, 1.5, 2, 3, 10, 21, 100, 101, 1000, 1_000_000, 0.5, -1, -2];
  for (const locale of ['fr', 'en']) {
    it(`agrees with Intl.PluralRules in ${locale} on one versus the rest`, () => {
      const intl = new Intl.PluralRules(locale);
      for (const n of counts) {
        const expected = intl.select(Math.abs(n)) === 'one' ? 'one' : 'other';
        expect(pluralCategory(n, locale), `${locale} ${n}`).to.equal(expected);
      }
    });
  }
  it('counts 0 as one in French, not in English', () => {
    expect(pluralCategory(0, 'fr')).to.equal('one');
    expect(pluralCategory(0, 'en')).to.equal('other');
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
