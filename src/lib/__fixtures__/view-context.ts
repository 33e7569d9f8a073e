// What the view tests render with: a view context whose lookups answer by rule, under /base/, in
// English, and a breakdown to draw.
import type { ViewContext } from '../views/common.ts';
import { translator } from '../i18n/translator.ts';
import { createUrls } from '../urls.ts';

export const names: Record<string, string> = { 'ministry-a': 'Ministry A', 'government-b': 'Government B' };
export const urls = createUrls('/base/');
export const context: ViewContext = {
  nameOf: (slug) => names[slug] ?? slug,
  incidentTitleOf: (slug) => `Incident ${slug}`,
  editorNameOf: (slug) => `Editor ${slug.slice(-1).toUpperCase()}`,
  placeNameOf: (slug) => `Place ${slug}`,
  placeParentOf: (slug) => (slug === 'a-cape' ? 'a-region' : undefined),
  langOf: () => undefined,
  urls,
  t: translator('en'),
};
/** The English translator, for the functions handed a translator rather than a whole context. */
export const { t } = context;
export const breakdown = {
  total: 42,
  unit: 'drones',
  parts: [
    { label: 'Destroyed', count: 9 },
    { label: 'Jammed', count: 33 },
  ],
};
