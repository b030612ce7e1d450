import { contrast } from '../src/contrast.js';

describe('contrast (WCAG 2.2, 1.4.3)', () => {
  // Reference ratios from the WCAG definition of relative luminance; readable text needs 4.5:1.
  const rows: [string, string, number, string][] = [
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21, 'black on white, the maximum'],
    ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 1, 'the same colour, the minimum'],
    ['rgb(0, 0, 255)', 'rgb(255, 255, 255)', 8.59, "pure blue on white (WebAIM's reference)"],
    ['rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54, '#767676, the lightest grey passing AA on white'],
    ['rgb(119, 119, 119)', 'rgb(255, 255, 255)', 4.48, '#777777 just fails'],
    ['rgb(255, 255, 0)', 'rgb(255, 255, 255)', 1.07, 'yellow on white'],
    ['rgb(0 0 0 / 100%)', 'rgb(255 255 255)', 21, 'the space-separated syntax'],
    ['rgba(0, 0, 0, 1)', 'rgb(255, 255, 255)', 21, 'an opaque rgba()'],
  ];
  for (const [a, b, ratio, why] of rows) {
    it(`${a} on ${b} is about ${ratio}:1, either way round (${why})`, () => {
      expect(contrast(a, b)).toBeCloseTo(ratio, 1);
      expect(contrast(b, a)).toBeCloseTo(ratio, 1);
    });
  }

  it('passes the default pair, #1b4f8f on white', () =>
    expect(contrast('rgb(27, 79, 143)', 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5));
  it('gives 0 for a colour that is not opaque', () =>
    expect(contrast('rgba(0, 0, 0, 0.3)', 'rgb(255, 255, 255)')).toBe(0));
  it('gives 0 for a transparent colour', () => expect(contrast('rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)')).toBe(0));
  it('does not judge a colour space it cannot read', () =>
    expect(contrast('oklch(0.5 0.1 200)', 'rgb(255, 255, 255)')).toBeUndefined());
});
