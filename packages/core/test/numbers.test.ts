/** formatNumber is written by hand (see format/numbers.ts): checked against Intl, which tests can afford. */
import { expect } from '@open-wc/testing';
import { formatNumber } from '@voix-logement/core';

describe('formatNumber', () => {
  const values = [0, 1, 6, 12.5, 999, 1000, 3412, 12345.67, 1_234_567, 0.05, -1500];
  for (const [locale, tag] of [
    ['fr', 'fr-FR'],
    ['en', 'en-GB'],
  ] as const) {
    it(`writes numbers as Intl.NumberFormat does in ${locale}, one decimal at most`, () => {
      const intl = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      for (const n of values) expect(formatNumber(n, locale), `${locale} ${n}`).to.equal(intl.format(n));
    });
  }
  it('keeps no decimal when asked for none', () => {
    expect(formatNumber(6.4, 'fr', 0)).to.equal('6');
    expect(formatNumber(2.6, 'en', 0)).to.equal('3');
  });
});
