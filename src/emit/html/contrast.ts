// Text on a coloured bar must be readable: WCAG 2.x contrast (relative luminance of
// sRGB, ratio (L1 + 0.05) / (L2 + 0.05)); a count on a bar is drawn in black or white,
// whichever stands out more (white on the yellow «не розпочато» was 1.3:1).

/** Relative luminance of a colour written #rrggbb. */
export function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever contrasts more with `background`. */
export const inkOn = (background: string): string =>
  contrast(background, '#000000') >= contrast(background, '#ffffff') ? '#000000' : '#ffffff';
