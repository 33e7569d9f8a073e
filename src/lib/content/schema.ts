// The content model contributors write against, one module per collection (schemas/) and the
// building blocks they share (schemas/fields.ts). Astro validates every entry with these schemas
// (src/content.config.ts, through the collection table) and so does the stand-alone validator
// (validate.ts), so there is one definition of what a valid claim or actor is.
//
// Links between entries are plain slugs rather than Astro's `reference()`: reference() does not check
// that the target exists, and it lives in the `astro:content` virtual module, which the validator
// cannot import outside a build. Existence is checked by the cross-entry rules (rules.ts).
import { z } from 'astro/zod';

export * from './schemas/fields.ts';
export * from './schemas/claim.ts';
export * from './schemas/actor.ts';
export * from './schemas/incident.ts';
export * from './schemas/place.ts';
export * from './schemas/editor.ts';
export * from './schemas/about.ts';
export * from './schemas/translation.ts';

/**
 * The field names a schema accepts at `path` (through lists and optional fields), for "did you mean".
 * Read from the schema itself, so the suggestions can never drift from what is allowed.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    if (node instanceof z.ZodArray && typeof key === 'number') node = unwrap(node.element as z.ZodType);
    else if (node instanceof z.ZodObject && typeof key === 'string') node = unwrap(node.shape[key] as z.ZodType);
    else return [];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/**
 * `value` with the keys of every object in the order the schema lists its fields (the order a
 * contributor wrote them in is not kept), so that data files are stable whoever edits the content.
 */
export function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const node = unwrap(schema);
  if (node instanceof z.ZodArray && Array.isArray(value))
    return value.map((item: unknown) => inSchemaOrder(node.element as z.ZodType, item));
  if (node instanceof z.ZodObject && value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(node.shape as Record<string, z.ZodType>)
        .filter(([key]) => record[key] !== undefined)
        .map(([key, field]) => [key, inSchemaOrder(field, record[key])]),
    );
  }
  return value;
}

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  if (node instanceof z.ZodOptional) return unwrap(node.unwrap() as z.ZodType);
  if (node instanceof z.ZodPipe) return unwrap(node.out as z.ZodType);
  return node;
}
