// A content problem is reported in one shape everywhere (validator, build, tests):
//   content/claims/<file>.mdx:<line>: <field>: found <value>; allowed <what>
// the format editors and GitHub annotations understand, so a contributor always learns the file, the
// line, the field, what was there and what would be right.
import type { z } from 'astro/zod';
import { closest, didYouMean } from './suggest.ts';

export interface Problem {
  /** Repository-relative path, e.g. content/claims/s200.mdx. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Dotted field path, e.g. sources[0].url; "file", "frontmatter" or "body" for whole-part problems. */
  field: string;
  found: string;
  allowed: string;
}

export function formatProblem({ file, line, field, found, allowed }: Problem): string {
  return `${file}:${line}: ${field}: found ${found}; allowed ${allowed}`;
}

// GitHub's workflow commands: properties escape %, CR, LF, ":" and ","; the message escapes %, CR, LF.
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** The problem as a GitHub Actions error annotation, shown on that line of the pull request's diff. */
export function formatGithubAnnotation({ file, line, field, found, allowed }: Problem): string {
  return `::error file=${escapeProperty(file)},line=${line},title=${escapeProperty(field)}::${escapeData(`found ${found}; allowed ${allowed}`)}`;
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

export interface EntrySource {
  file: string;
  /** The frontmatter as parsed. */
  data: unknown;
  lineOf: (path: readonly PropertyKey[]) => number;
  /** The field names allowed at a path, for "did you mean" on an unknown field. */
  fieldsAt: (path: readonly PropertyKey[]) => string[];
}

/**
 * Turns a Zod failure into problems, reading what was found from the raw data. One mistake gives one
 * problem: a required field reported missing beside the unknown field that is its misspelling
 * ("archiveURL" for "archiveUrl") is left to the unknown field's "did you mean".
 */
export function problemsFromZod({ file, data, lineOf, fieldsAt }: EntrySource, error: z.ZodError): Problem[] {
  const misspelt = new Set<string>();
  const problems = error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown field, so each typo is named where it stands.
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const known = fieldsAt(issue.path);
        const meant = closest(key, known);
        if (meant !== undefined) misspelt.add(formatField([...issue.path, meant]));
        return {
          file,
          line: lineOf(path),
          field: formatField(path),
          found: `an unknown field (value ${describeFound(valueAt(data, path))})`,
          allowed: issue.message + didYouMean(key, known),
        };
      });
    }
    const params = issue.code === 'custom' ? (issue.params as { found?: string } | undefined) : undefined;
    const isLength = (issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'string';
    const value = valueAt(data, issue.path);
    const choices = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    return [
      {
        file,
        line: lineOf(issue.path),
        field: formatField(issue.path) || 'frontmatter',
        found: params?.found ?? describeFound(value, { withLength: isLength }),
        allowed: issue.message + didYouMean(value, choices),
      },
    ];
  });
  return problems.filter((problem) => !(misspelt.has(problem.field) && problem.found.startsWith('nothing')));
}
