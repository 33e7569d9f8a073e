import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, customProperties } from './contrast.ts';

// The site's palette, and the maps' colours, which only the site's own stylesheet carries.
const css = ['palette.css', 'global.css']
  .map((file) => readFileSync(new URL(`../styles/${file}`, import.meta.url), 'utf8'))
  .join('\n');
const darkBlocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\)\s*\{([\s\S]*?\})\s*\}/g)];
const light = customProperties(css.replace(/@media \(prefers-color-scheme: dark\)\s*\{[\s\S]*?\}\s*\}/g, ''));
const darkOnly = customProperties(darkBlocks.map((block) => block[1]).join('\n'));
const dark = { ...light, ...darkOnly };

describe('the palettes under test', () => {
  // Were the dark block not found, "dark" would silently be the light palette tested twice.
  it('include a dark palette that differs from the light one', () => {
    expect(Object.keys(darkOnly).length).toBeGreaterThan(3);
    expect(Object.entries(darkOnly).filter(([name, value]) => light[name] !== value).length).toBeGreaterThan(3);
  });
});

describe('contrast ratio', () => {
  it('matches WCAG for black on white', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2);
  });
});

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_, palette) => {
  const text = ['fg', 'muted', 'link'];
  // Chart marks are drawn in --fg, covered above; --line only separates and carries no meaning.
  const graphics = [
    'focus',
    'status-unverified',
    'status-corroborated',
    'status-disputed',
    'status-confirmed',
    'status-refuted',
  ];

  it('has every colour it is checked for', () => {
    for (const name of [...text, ...graphics, 'bg', 'surface', 'map-land', 'map-water', 'map-coast'])
      expect(palette[name], name).toMatch(/^#/);
  });

  it.each(['map-land', 'map-water'])('draws maps legibly on --%s: names and places 4.5:1, coasts 3:1', (ground) => {
    // Names, circles and markers are drawn in --fg; the coast is the line between land and water.
    expect(contrastRatio(palette['fg']!, palette[ground]!)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette['map-coast']!, palette[ground]!)).toBeGreaterThanOrEqual(3);
  });

  it.each(['bg', 'surface'])('gives text at least 4.5:1 on --%s', (background) => {
    for (const name of text)
      expect(contrastRatio(palette[name]!, palette[background]!), name).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['bg', 'surface'])('gives status marks, focus rings and chart lines at least 3:1 on --%s', (background) => {
    for (const name of graphics)
      expect(contrastRatio(palette[name]!, palette[background]!), name).toBeGreaterThanOrEqual(3);
  });
});
