import { contrastRatio, parseRgb, readable } from '../src/contrast.js';

const rgb = (value: string) => parseRgb(value)!;

describe('contrastRatio (WCAG 2.2, 1.4.3)', () => {
  // Reference ratios from the WCAG definition of relative luminance.
  const rows: [string, string, number][] = [
    ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 21],
    ['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 1],
    ['rgb(0, 0, 255)', 'rgb(255, 255, 255)', 8.59], // pure blue on white (WebAIM's reference)
    ['rgb(118, 118, 118)', 'rgb(255, 255, 255)', 4.54], // #767676, the lightest grey passing AA on white
    ['rgb(119, 119, 119)', 'rgb(255, 255, 255)', 4.48], // #777777 just fails
    ['rgb(255, 255, 0)', 'rgb(255, 255, 255)', 1.07],
  ];
  for (const [a, b, ratio] of rows) {
    it(`${a} on ${b} is about ${ratio}:1, either way round`, () => {
      expect(contrastRatio(rgb(a), rgb(b))).toBeCloseTo(ratio, 1);
      expect(contrastRatio(rgb(b), rgb(a))).toBeCloseTo(ratio, 1);
    });
  }
});

describe('readable', () => {
  it('accepts the default pair, #1b4f8f on white', () => expect(readable('rgb(27, 79, 143)', 'rgb(255, 255, 255)')).toBe(true));
  it('accepts 4.5:1 and more', () => expect(readable('rgb(118, 118, 118)', 'rgb(255, 255, 255)')).toBe(true));
  it('refuses under 4.5:1', () => expect(readable('rgb(119, 119, 119)', 'rgb(255, 255, 255)')).toBe(false));
  it('refuses a colour that is not opaque', () => expect(readable('rgba(0, 0, 0, 0.3)', 'rgb(255, 255, 255)')).toBe(false));
  it('refuses a transparent colour', () => expect(readable('rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)')).toBe(false));
  it('reads the space-separated syntax', () => expect(readable('rgb(0 0 0 / 100%)', 'rgb(255 255 255)')).toBe(true));
  it('does not judge a colour space it cannot read', () => expect(readable('oklch(0.5 0.1 200)', 'rgb(255, 255, 255)')).toBeUndefined());
});
