// Reading the built site as files: every HTML page with its text, links and ids.
import { readFileSync } from 'node:fs';
import { fixtureSite, site, type BuiltSite } from '../helpers.ts';

/** The site a Playwright project tests: the real one, or the fictional fixture site. */
export function siteOf(projectName: string): BuiltSite {
  return projectName === 'fixture-site' ? fixtureSite : site;
}

export interface BuiltPage {
  url: string;
  html: string;
}

export function builtPages(target: BuiltSite): BuiltPage[] {
  return target.htmlPages().map((url) => ({ url, html: readFileSync(target.distFile(url), 'utf8') }));
}

/** Every href and src in the page (Astro writes attribute values in double quotes). */
export function references(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? ''));
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((match) => decodeEntities(match[1] ?? '')));
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}
