// What a page costs a reader on a slow link: its HTML and CSS gzipped (the first round trip carries
// about 14 KB), and any JavaScript, web font or image without dimensions it would pull in.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { createUrls } from './urls.ts';

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
/** What an embed may weigh, HTML and CSS gzipped: it loads inside someone else's page. */
export const EMBED_BUDGET = 2 * 1024;
/**
 * A chart of more parts than this may take more: every part's label and count is text a reader needs.
 * The fixture's twelve-part chart takes about 2.4 KB.
 */
export const FEW_PARTS = 4;
export const MANY_PART_CHART_BUDGET = 2.5 * 1024;
/**
 * An embed in Ukrainian or Russian may take a quarter more: a Cyrillic letter is two bytes in UTF-8,
 * which gzip only partly wins back, and the embed carries a line on its translation. The seed's
 * chart takes about 2.4 KB in either language, against 2.0 KB in English.
 */
export const TRANSLATED_EMBED_FACTOR = 1.25;

/** No page of any kind may be heavier than this, gzipped, however many claims the site holds. */
export const PAGE_CEILING = 200 * 1024;

const gzipSize = (text: string | Buffer) => gzipSync(text).length;

/**
 * @param readAsset reads a file the page references, by its site path (undefined when missing).
 */
export function measurePage(url: string, html: string, readAsset: (path: string) => string | undefined): PageWeight {
  const document = parse(html);
  const css = document
    .querySelectorAll('link[rel="stylesheet"]')
    .map((link) => readAsset(link.getAttribute('href') ?? '') ?? '');
  const javascript = document
    .querySelectorAll('script')
    .filter((script) => script.getAttribute('type') !== 'application/ld+json')
    .reduce((sum, script) => {
      const src = script.getAttribute('src');
      return sum + Buffer.byteLength(src ? (readAsset(src) ?? '') : script.text);
    }, 0);
  const fonts = [
    // CSS is not HTML: its font URLs are read from the @font-face rules.
    ...css.flatMap((sheet) => [...sheet.matchAll(/@font-face[^}]*url\(([^)]*)\)/g)].map((m) => m[1] ?? '')),
    ...document.querySelectorAll('link[as="font"]').map((link) => link.getAttribute('href') ?? ''),
  ];
  const imagesWithoutSize = document
    .querySelectorAll('img')
    .filter((image) => !image.hasAttribute('width') || !image.hasAttribute('height')).length;
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
  /** The one page that may load script (search), if any. */
  scriptAllowed?: (url: string) => boolean;
}

/**
 * What breaks the limits: any script, font or unsized image anywhere; HTML over the ceiling anywhere;
 * over budget where budgeted.
 */
export function weightProblems(
  weights: readonly PageWeight[],
  { budgeted, budget, scriptAllowed = () => false }: WeightLimits,
): string[] {
  return weights.flatMap((w) => [
    ...(w.javascript > 0 && !scriptAllowed(w.url)
      ? [`${w.url}: ${w.javascript} bytes of JavaScript (allowed: none)`]
      : []),
    ...w.fonts.map((font) => `${w.url}: loads the web font ${font} (allowed: system fonts only)`),
    ...(w.imagesWithoutSize > 0 ? [`${w.url}: ${w.imagesWithoutSize} image(s) without width and height`] : []),
    ...(w.htmlGzip > PAGE_CEILING ? [`${w.url}: HTML is ${w.htmlGzip} bytes gzipped (allowed: ${PAGE_CEILING})`] : []),
    ...(budgeted(w.url) && w.htmlGzip + w.cssGzip > budget
      ? [`${w.url}: HTML and CSS are ${w.htmlGzip + w.cssGzip} bytes gzipped (allowed: ${budget})`]
      : []),
  ]);
}

/** Every file below a built site's output folder, relative to it. */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).sort();
}

export function isClaimPage(url: string, base: string): boolean {
  return createUrls(base).claimSlugAt(url) !== undefined;
}

/** An incident's explainer, breakdown charts and all. */
export function isIncidentPage(url: string, base: string): boolean {
  return createUrls(base).incidentSlugAt(url) !== undefined;
}

/** The pages a reader links to one by one, held to the first-round-trip budget: claims and incidents. */
export const isBudgetedPage = (url: string, base: string): boolean =>
  isClaimPage(url, base) || isIncidentPage(url, base);

/** The weight of every HTML page of the site built into `outDir` and served under `base`. */
export function measureSite(outDir: string, base: string): PageWeight[] {
  const readAsset = (path: string) => {
    const file = join(outDir, path.slice(base.length));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return builtFiles(outDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      measurePage(base + file.replace(/index\.html$/, ''), readFileSync(join(outDir, file), 'utf8'), readAsset),
    );
}
