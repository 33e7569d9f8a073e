// What a page costs a reader on a slow link: its HTML and CSS gzipped (the first round trip carries
// about 14 KB), and any JavaScript, web font or image without dimensions it would pull in.
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  url: string;
  htmlGzip: number;
  cssGzip: number;
  /** Bytes of script: inline <script> other than JSON-LD, plus script files referenced. */
  javascript: number;
  /** Web fonts the page or its CSS would load. */
  fonts: string[];
  /** <img> elements without both width and height. */
  imagesWithoutSize: number;
}

export const FIRST_ROUND_TRIP = 14 * 1024;

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/**
 * @param readAsset reads a file the page references, by its site path (undefined when missing).
 */
export function measurePage(url: string, html: string, readAsset: (path: string) => string | undefined): PageWeight {
  const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)].map(
    (m) => attribute(m[0], 'href') ?? '',
  );
  const css = stylesheets.map((href) => readAsset(href) ?? '');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
    (m) => !/type="application\/ld\+json"/.test(m[1] ?? ''),
  );
  const javascript = scripts.reduce((sum, m) => {
    const src = attribute(m[1] ?? '', 'src');
    return sum + Buffer.byteLength(src ? (readAsset(src) ?? '') : (m[2] ?? ''));
  }, 0);
  const fonts = [
    ...css.flatMap((sheet) => [...sheet.matchAll(/@font-face[^}]*url\(([^)]*)\)/g)].map((m) => m[1] ?? '')),
    ...[...html.matchAll(/<link\b[^>]*as="font"[^>]*>/g)].map((m) => attribute(m[0], 'href') ?? ''),
  ];
  const imagesWithoutSize = [...html.matchAll(/<img\b[^>]*>/g)].filter(
    (m) => attribute(m[0], 'width') === undefined || attribute(m[0], 'height') === undefined,
  ).length;
  return {
    url,
    htmlGzip: gzipSize(html),
    cssGzip: css.reduce((sum, sheet) => sum + gzipSize(sheet), 0),
    javascript,
    fonts,
    imagesWithoutSize,
  };
}

export interface WeightLimits {
  /** Pages held to the first-round-trip budget. */
  budgeted: (url: string) => boolean;
  budget: number;
}

/** What breaks the limits: any script, font or unsized image anywhere; over budget where budgeted. */
export function weightProblems(weights: readonly PageWeight[], { budgeted, budget }: WeightLimits): string[] {
  return weights.flatMap((w) => [
    ...(w.javascript > 0 ? [`${w.url}: ${w.javascript} bytes of JavaScript (allowed: none)`] : []),
    ...w.fonts.map((font) => `${w.url}: loads the web font ${font} (allowed: system fonts only)`),
    ...(w.imagesWithoutSize > 0 ? [`${w.url}: ${w.imagesWithoutSize} image(s) without width and height`] : []),
    ...(budgeted(w.url) && w.htmlGzip + w.cssGzip > budget
      ? [`${w.url}: HTML and CSS are ${w.htmlGzip + w.cssGzip} bytes gzipped (allowed: ${budget})`]
      : []),
  ]);
}
