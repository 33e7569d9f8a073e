import { z } from 'astro/zod';
import { nonEmpty, strictObject } from './fields.ts';

/** The About page (content/about.mdx): who stands behind the site, as IFCN's transparency principles ask. */
export const aboutSchema = strictObject({
  publisher: nonEmpty('who publishes the site').describe(
    'Who publishes the site: the organisation or people responsible for it, by name.',
  ),
  funding: nonEmpty('how the site is funded').describe(
    'How the site is funded, naming every funder, or that it has none.',
  ),
  conflicts: nonEmpty('its conflicts of interest').describe(
    'Conflicts of interest of the publisher and editors, or a statement that there are none they know of.',
  ),
  contact: nonEmpty('how to reach the editors').describe('How readers reach the editors: an address or a form.'),
});

export type AboutData = z.output<typeof aboutSchema>;
