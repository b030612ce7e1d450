/**
 * WCAG 2.2 contrast ratio (success criterion 1.4.3), to check the colours a host page
 * gives the call buttons. Plain module, no DOM: the element reads computed colours.
 */

/** The minimum ratio for normal text (WCAG 2.2 AA, 1.4.3). */
export const minimumContrast = 4.5;

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses a computed colour as browsers serialise sRGB: "rgb(r, g, b)", "rgba(r, g, b, a)", "rgb(r g b / a)". */
export function parseRgb(value: string): Rgba | undefined {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(value.trim());
  if (!match) return undefined;
  const alphaText = match[4];
  const a = alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number.parseFloat(alphaText) / 100 : Number(alphaText);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a };
}

const channel = (value: number): number => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** Relative luminance of an sRGB colour (WCAG definition). */
export function luminance({ r, g, b }: Rgba): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours, 1 to 21. */
export function contrastRatio(one: Rgba, two: Rgba): number {
  const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Whether text in `foreground` on `background` (computed colours) is readable: a ratio
 * of at least 4.5:1, both colours opaque. A colour we cannot read (another colour
 * space) gives undefined: the element then trusts the host.
 */
export function readable(foreground: string, background: string): boolean | undefined {
  const fg = parseRgb(foreground);
  const bg = parseRgb(background);
  if (!fg || !bg) return undefined;
  if (fg.a < 1 || bg.a < 1) return false;
  return contrastRatio(fg, bg) >= minimumContrast;
}
