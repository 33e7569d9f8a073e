// WCAG 2 contrast ratio, for checking the site's palette in a test rather than by eye.
import { rgb } from 'd3';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(color: string): number {
  const { r, g, b } = rgb(color);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The `--name: #hex` custom properties of every `:root { … }` block in `css`, later ones winning. */
export function customProperties(css: string): Record<string, string> {
  const block = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((match) => match[1]).join('\n');
  return Object.fromEntries(
    [...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}
