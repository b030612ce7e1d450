/**
 * WCAG 2.2 contrast ratio (success criterion 1.4.3), to check the colours a host page
 * gives the call buttons. Plain module, no DOM: the element reads computed colours.
 */

/**
 * A computed colour, "rgb(r, g, b)" or "rgba(r, g, b, a)" as browsers serialise sRGB, as
 * [r, g, b, alpha] (alpha 1 when absent); another colour space: undefined.
 */
const rgba = (value: string): number[] | undefined =>
  /^rgba?\(/.test(value) ? [...(value.match(/[\d.]+/g) ?? []), 1].map(Number) : undefined;

/** Relative luminance of an sRGB colour (WCAG definition). */
const luminance = (c: number[]): number =>
  [0.2126, 0.7152, 0.0722].reduce((sum, weight, i) => {
    const v = c[i]! / 255;
    return sum + weight * (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  }, 0);

/**
 * The contrast ratio (1 to 21) of text in `foreground` on `background`, two computed
 * colours; 0 when either is not opaque (its look depends on what lies under it);
 * undefined for a colour space it cannot read (the element then trusts the host).
 * Readable text needs 4.5:1 (WCAG 2.2 AA, 1.4.3).
 */
export function contrast(foreground: string, background: string): number | undefined {
  const fg = rgba(foreground);
  const bg = rgba(background);
  if (!fg || !bg) return undefined;
  if (fg[3]! < 1 || bg[3]! < 1) return 0;
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
