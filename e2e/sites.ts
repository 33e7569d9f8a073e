// The two built sites every check runs against, the real one (content/ → dist/) and the fictional
// fixture site (e2e/fixture-site/content/ → dist-fixture/), described from the same settings and
// helpers the build uses; and their pages read as parsed HTML. Shared by the file checks
// (e2e/files/, Vitest) and the browser tests (Playwright).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '../src/lib/i18n/locales.ts';
import { translator, type Translator } from '../src/lib/i18n/translator.ts';
import { createUrls, type Urls } from '../src/lib/urls.ts';
import { buildSettings, type BuildSettings } from '../src/lib/site.ts';
import { readContentFiles, validateContentFiles } from '../src/lib/content/validate.ts';
import type { ActorEntry, ClaimEntry, IncidentEntry, PlaceEntry } from '../src/lib/content/rules.ts';
import type { TranslationEntry } from '../src/lib/content/translation-rules.ts';
import type { TranslatedCollection } from '../src/lib/content/collections.ts';
import { FIXTURE_AT_ROOT_ENV, FIXTURE_ENV } from './fixture-site/settings.ts';

const root = resolve(import.meta.dirname, '..');

export interface BuiltSite {
  name: 'site' | 'fixture-site' | 'fixture-site-at-root';
  settings: BuildSettings;
  urls: Urls;
  /** The output folder, absolute. */
  outDir: string;
  claims: ClaimEntry[];
  actors: ActorEntry[];
  places: PlaceEntry[];
  incidents: IncidentEntry[];
  /** Every translation of an entry. */
  translations: TranslationEntry[];
  /** The translation of an entry into a locale, if it has one. */
  translationOf: (collection: TranslatedCollection, slug: string, locale: Locale) => TranslationEntry | undefined;
  /** The file in the output folder that a site URL is served from. */
  distFile: (url: string) => string;
  /** Site URLs of every HTML page built. */
  htmlPages: () => string[];
}

function builtSite(name: BuiltSite['name'], env: Record<string, string | undefined>): BuiltSite {
  const settings = buildSettings(env);
  const outDir = join(root, settings.outDir);
  const { claims, actors, places, incidents, translations } = validateContentFiles(
    readContentFiles(join(root, settings.contentDir)),
    { today: '9999-12-31' },
  );
  const translationOf = (collection: TranslatedCollection, slug: string, locale: Locale) =>
    translations.find((entry) => entry.collection === collection && entry.slug === slug && entry.language === locale);
  const distFile = (url: string) => {
    const path = url.slice(settings.base.length);
    return join(outDir, path, path === '' || path.endsWith('/') ? 'index.html' : '');
  };
  const htmlPages = () =>
    readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => settings.base + relative(outDir, join(outDir, file)).replace(/index\.html$/, ''))
      .sort();
  return {
    name,
    settings,
    urls: createUrls(settings.base),
    outDir,
    claims,
    actors,
    places,
    incidents,
    translations,
    translationOf,
    distFile,
    htmlPages,
  };
}

/** The real site, built into dist/ from content/. */
export const site = builtSite('site', process.env);

/** The fictional fixture site, built into dist-fixture/ from e2e/fixture-site/content/. */
export const fixtureSite = builtSite('fixture-site', { ...process.env, ...FIXTURE_ENV });

export const sites = [site, fixtureSite] as const;

/** The fixture site built for the root of its host, into dist-fixture-root/: for the host tests only. */
export const fixtureSiteAtRoot = builtSite('fixture-site-at-root', { ...process.env, ...FIXTURE_AT_ROOT_ENV });

/** The site a Playwright project tests: the real one, or the fictional fixture site. */
export function siteOf(projectName: string): BuiltSite {
  return projectName === fixtureSite.name ? fixtureSite : site;
}

export interface BuiltPage {
  url: string;
  html: string;
  document: HTMLElement;
}

export function builtPages(target: BuiltSite): BuiltPage[] {
  return target.htmlPages().map((url) => {
    const html = readFileSync(target.distFile(url), 'utf8');
    return { url, html, document: parse(html) };
  });
}

/**
 * The claims about a place, worked out from the content files alone: those naming it, or a place
 * within it, themselves or in a response. What its page and its feed must list.
 */
export function claimsAbout(target: BuiltSite, place: string): ClaimEntry[] {
  const parentOf = new Map(target.places.map((entry) => [entry.slug, entry.data.parent]));
  const within = (slug: string | undefined): boolean =>
    slug !== undefined && (slug === place || within(parentOf.get(slug)));
  return target.claims.filter((claim) =>
    [...(claim.data.places ?? []), ...(claim.data.responses ?? []).flatMap((r) => r.places ?? [])].some(within),
  );
}

/** The language of the page at a site URL: the interface's pages live under /uk/ and /ru/. */
export const localeOf = (target: BuiltSite, url: string): Locale =>
  LOCALE_LIST.find((locale) => locale !== DEFAULT_LOCALE && url.startsWith(`${target.settings.base}${locale}/`)) ??
  DEFAULT_LOCALE;

/** The words of the page at a site URL, in its language. */
export const wordsOf = (target: BuiltSite, url: string): Translator => translator(localeOf(target, url));

/** The site's addresses for pages in `locale`: an entry's in that language where it is translated into it. */
export const urlsIn = (target: BuiltSite, locale: Locale): Urls =>
  createUrls(
    target.settings.base,
    locale,
    (collection, slug) => target.translationOf(collection, slug, locale) !== undefined,
  );

/**
 * Whether a page only repeats, in a translation, a template its language's other pages already show: an
 * archive period's page (its list's first page has the same markup, with other claims). The browser
 * gates that visit page after page (axe, page load) check every English page and skip these, so
 * every template and every translated text is checked and the gates keep their time.
 */
export const repeatsTranslatedTemplate = (target: BuiltSite, url: string): boolean =>
  localeOf(target, url) !== DEFAULT_LOCALE && /\/\d{4}\//.test(url);

/**
 * Shard `shard` of `shards` of a list of pages: every `shards`th page from the `shard`th. The gates
 * that visit every page run in shards, so that no one test nears its time limit as the sites grow, and
 * each shard holds pages of every kind (they are listed by address).
 */
export const inShard = <T>(pages: readonly T[], shard: number, shards: number): T[] =>
  pages.filter((_, index) => index % shards === shard);

/** The search page in every language: the only pages that run a script. */
export const searchPages = (target: BuiltSite): string[] =>
  LOCALE_LIST.map((locale) => urlsIn(target, locale).search());

/** The parsed page a site URL is served from. */
export const documentAt = (url: string, target: BuiltSite): HTMLElement =>
  parse(readFileSync(target.distFile(url), 'utf8'));

/** Every href and src in a page, as the browser reads them (entities decoded). */
export function references(document: HTMLElement): string[] {
  return document
    .querySelectorAll('[href], [src]')
    .flatMap((element) => [element.getAttribute('href'), element.getAttribute('src')])
    .filter((value): value is string => value !== undefined);
}

export function ids(document: HTMLElement): Set<string> {
  return new Set(document.querySelectorAll('[id]').map((element) => element.getAttribute('id') ?? ''));
}
