import { describe, expect, it } from 'vitest';
import { FIRST_ROUND_TRIP, measurePage, PAGE_CEILING, weightProblems } from './page-weight.ts';

const assets: Record<string, string> = {
  '/style.css': 'body { color: black; }',
  '/font.css': '@font-face { font-family: X; src: url(/x.woff2) }',
  '/app.js': 'console.log(1)',
};
const read = (path: string) => assets[path];
const page = (head: string, body = '<p>Text</p>') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const budget = { budgeted: (url: string) => url.startsWith('/claims/'), budget: FIRST_ROUND_TRIP };

describe('page weight', () => {
  it('counts HTML and linked CSS gzipped, and passes a light page', () => {
    const w = measurePage('/claims/a/', page('<link rel="stylesheet" href="/style.css">'), read);
    expect(w.htmlGzip).toBeGreaterThan(0);
    expect(w.cssGzip).toBeGreaterThan(0);
    expect(weightProblems([w], budget)).toEqual([]);
  });

  it('does not count JSON-LD as script, but counts any other script', () => {
    const jsonLd = measurePage('/a/', page('<script type="application/ld+json">{"a":1}</script>'), read);
    expect(jsonLd.javascript).toBe(0);
    const inline = measurePage('/a/', page('<script>alert(1)</script>'), read);
    const external = measurePage('/a/', page('<script type="module" src="/app.js"></script>'), read);
    expect(weightProblems([inline, external], budget)).toEqual([
      '/a/: 8 bytes of JavaScript (allowed: none)',
      '/a/: 14 bytes of JavaScript (allowed: none)',
    ]);
  });

  it('flags any page over the ceiling, budgeted or not', () => {
    // Random text barely compresses, so its gzipped size stays near its length.
    let seed = 1;
    const random = Array.from({ length: PAGE_CEILING * 1.6 }, () => {
      seed = (seed * 16807) % 2147483647;
      return String.fromCharCode(33 + (seed % 90));
    }).join('');
    const heavy = measurePage('/timeline/', page('', `<p>${random.replaceAll('<', ' ')}</p>`), read);
    expect(weightProblems([heavy], budget)).toEqual([
      `/timeline/: HTML is ${heavy.htmlGzip} bytes gzipped (allowed: ${PAGE_CEILING})`,
    ]);
  });

  it('flags web fonts and images without dimensions', () => {
    const w = measurePage(
      '/a/',
      page('<link rel="stylesheet" href="/font.css">', '<img src="/a.png" width="10">'),
      read,
    );
    expect(weightProblems([w], budget)).toEqual([
      '/a/: loads the web font /x.woff2 (allowed: system fonts only)',
      '/a/: 1 image(s) without width and height',
    ]);
  });

  it('holds claim pages to the first round trip', () => {
    // Deterministic text that gzip cannot shrink much: a MINSTD pseudo-random sequence of letters.
    let seed = 1;
    const heavy = Array.from({ length: 40_000 }, () => {
      seed = (seed * 48271) % 2147483647;
      return String.fromCharCode(65 + (seed % 26));
    }).join('');
    const w = measurePage('/claims/heavy/', page('', `<p>${heavy}</p>`), read);
    expect(weightProblems([w], budget)[0]).toMatch(
      /^\/claims\/heavy\/: HTML and CSS are \d+ bytes gzipped \(allowed: 14336\)$/,
    );
    expect(weightProblems([{ ...w, url: '/timeline/' }], budget)).toEqual([]);
  });
});
