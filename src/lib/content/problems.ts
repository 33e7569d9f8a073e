// A content problem is reported in one shape everywhere (validator, build, tests):
//   content/claims/<file>.mdx: <field>: found <value>; allowed <what>
// so a contributor always learns the file, the field, what was there and what would be right.
import type { z } from 'astro/zod';
import { fieldsNamedIn } from './schema.ts';
import { didYouMean } from './suggest.ts';

export interface Problem {
  /** Repository-relative path, e.g. content/claims/s200.mdx. */
  file: string;
  /** Dotted field path, e.g. sources[0].url; "file" or "frontmatter" for whole-file problems. */
  field: string;
  found: string;
  allowed: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: found ${problem.found}; allowed ${problem.allowed}`;
}

export function formatField(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => {
    if (typeof key === 'number') return `${field}[${key}]`;
    return field ? `${field}.${String(key)}` : String(key);
  }, '');
}

const MAX_FOUND = 80;

/** A short, readable rendering of a value a contributor wrote. */
export function describeFound(value: unknown, { withLength = false } = {}): string {
  if (value === undefined) return 'nothing (the field is missing and is required)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value) && value.length === 0) return 'an empty list';
  // JSON.stringify gives undefined only for functions and symbols, which YAML never produces.
  const json = JSON.stringify(value) ?? typeof value;
  const shown = json.length > MAX_FOUND ? `${json.slice(0, MAX_FOUND - 1)}…` : json;
  return withLength && typeof value === 'string' ? `${shown} (${value.length} characters)` : shown;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns a Zod failure into problems, reading what was found from the raw data. */
export function problemsFromZod(file: string, error: z.ZodError, data: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, so each typo is named where it stands.
      return issue.keys.map((key) => ({
        file,
        field: formatField([...issue.path, key]),
        found: `an unknown field (value ${describeFound(valueAt(data, [...issue.path, key]))})`,
        allowed: issue.message + didYouMean(key, fieldsNamedIn(issue.message)),
      }));
    }
    const params = issue.code === 'custom' ? (issue.params as { found?: string } | undefined) : undefined;
    const isLength = (issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string';
    const value = valueAt(data, issue.path);
    const choices = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    return [
      {
        file,
        field: formatField(issue.path) || 'frontmatter',
        found: params?.found ?? describeFound(value, { withLength: isLength }),
        allowed: issue.message + didYouMean(value, choices),
      },
    ];
  });
}
