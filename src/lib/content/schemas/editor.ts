import { z } from 'astro/zod';
import { nonEmpty, strictObject } from './fields.ts';

/** An editor of the site: who writes and reviews claims, named on the About page. */
export const editorSchema = strictObject({
  name: nonEmpty('a name').describe('The name the editor signs reviews with.'),
  role: nonEmpty('a role').optional().describe('Their role on the site, e.g. "Editor" or "Managing editor".'),
});

export type EditorData = z.output<typeof editorSchema>;
