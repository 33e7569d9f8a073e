// The one content validator. The build runs it before Astro loads the collections (see
// src/integrations/content-validation.ts) and the tests run it on fixtures; it reports every problem
// in every file at once instead of stopping at the first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { actorSchema, claimSchema, incidentSchema, SLUG_PATTERN, SLUG_RULE } from './schema.ts';
import { checkCrossEntryRules, type ActorEntry, type ClaimEntry } from './rules.ts';
import { formatProblem, problemsFromZod, type Problem } from './problems.ts';
import { checkMdxBody } from './mdx-safety.ts';

export const COLLECTIONS = ['claims', 'actors', 'incidents'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** One file of a content collection, before any validation. */
export interface ContentFile {
  collection: CollectionName;
  /** Repository-relative path, e.g. content/claims/s200.mdx. */
  file: string;
  /** The file's text; null for a folder, which has no place in a collection. */
  text: string | null;
}

export interface ValidationResult {
  problems: Problem[];
  claims: ClaimEntry[];
  actors: ActorEntry[];
}

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Files whose names start with `_` are drafts and partials: Astro's glob skips them, and so do we. */
export function isDraft(fileName: string): boolean {
  return fileName.startsWith('_');
}

/** Reads every file of both collections below `contentDir` (the repository's `content/`). */
export function readContentFiles(contentDir: string, displayRoot = 'content'): ContentFile[] {
  return COLLECTIONS.flatMap((collection) => {
    let entries;
    try {
      entries = readdirSync(join(contentDir, collection), { withFileTypes: true });
    } catch {
      return [];
    }
    return entries
      .filter((entry) => !isDraft(entry.name))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => ({
        collection,
        file: `${displayRoot}/${collection}/${entry.name}${entry.isDirectory() ? '/' : ''}`,
        text: entry.isDirectory() ? null : readFileSync(join(contentDir, collection, entry.name), 'utf8'),
      }));
  });
}

interface Parsed {
  slug: string;
  frontmatter: unknown;
}

function parseFile({ file, text }: ContentFile, problems: Problem[]): Parsed | undefined {
  if (text === null) {
    problems.push({
      file,
      field: 'file',
      found: 'a folder',
      allowed: '.mdx files directly in the collection folder (the file name is the URL)',
    });
    return undefined;
  }
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (!name.endsWith('.mdx')) {
    problems.push({ file, field: 'file', found: `the file name "${name}"`, allowed: 'an .mdx file' });
    return undefined;
  }
  const slug = name.slice(0, -'.mdx'.length);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      field: 'file',
      found: `the file name "${name}"`,
      allowed: `a file name that is a slug followed by .mdx: ${SLUG_RULE}`,
    });
    return undefined;
  }
  const match = FRONTMATTER.exec(text);
  if (!match) {
    problems.push({
      file,
      field: 'frontmatter',
      found: 'no frontmatter block',
      allowed: 'a YAML block between two lines of --- at the very top of the file',
    });
    return undefined;
  }
  let frontmatter: unknown;
  try {
    // The core schema keeps dates as text, so an impossible date such as 2023-02-30 reaches the
    // schema as written instead of being rolled over to 2 March.
    frontmatter = yaml.load(match[1] ?? '', { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const reason = error instanceof yaml.YAMLException ? error.reason : String(error);
    const line = error instanceof yaml.YAMLException ? ` at line ${error.mark.line + 2}` : '';
    problems.push({
      file,
      field: 'frontmatter',
      found: `YAML that does not parse (${reason}${line})`,
      allowed: 'valid YAML',
    });
    return undefined;
  }
  if (frontmatter === null || typeof frontmatter !== 'object' || Array.isArray(frontmatter)) {
    problems.push({ file, field: 'frontmatter', found: 'no fields', allowed: 'a YAML mapping of fields' });
    return undefined;
  }
  const body = text.slice(match[0].length);
  if (body.trim() === '') {
    problems.push({ file, field: 'body', found: 'an empty body', allowed: 'prose below the frontmatter' });
  }
  const bodyFirstLine = match[0].split('\n').length;
  for (const { line, found, allowed } of checkMdxBody(body, bodyFirstLine)) {
    problems.push({ file, field: `body, line ${line}`, found, allowed });
  }
  return { slug, frontmatter };
}

/** Validates a whole set of content files: each against its schema, then all against each other. */
export function validateContentFiles(files: readonly ContentFile[], today: string): ValidationResult {
  const problems: Problem[] = [];
  const claims: ClaimEntry[] = [];
  const actors: ActorEntry[] = [];
  const slugs = { claims: new Set<string>(), actors: new Set<string>(), incidents: new Set<string>() };
  for (const contentFile of files) {
    const parsed = parseFile(contentFile, problems);
    if (!parsed) continue;
    const { file } = contentFile;
    slugs[contentFile.collection].add(parsed.slug);
    if (contentFile.collection === 'claims') {
      const result = claimSchema.safeParse(parsed.frontmatter);
      if (result.success) claims.push({ file, slug: parsed.slug, data: result.data });
      else problems.push(...problemsFromZod(file, result.error, parsed.frontmatter));
    } else if (contentFile.collection === 'actors') {
      const result = actorSchema.safeParse(parsed.frontmatter);
      if (result.success) actors.push({ file, slug: parsed.slug, data: result.data });
      else problems.push(...problemsFromZod(file, result.error, parsed.frontmatter));
    } else {
      const result = incidentSchema.safeParse(parsed.frontmatter);
      if (!result.success) problems.push(...problemsFromZod(file, result.error, parsed.frontmatter));
    }
  }
  problems.push(...checkCrossEntryRules({ claims, actors, claimSlugs: slugs.claims, actorSlugs: slugs.actors, today }));
  return { problems, claims, actors };
}

export interface ValidationReport {
  /** One line per problem, then a summary line. */
  lines: string[];
  ok: boolean;
}

/** What `npm run validate` prints and whether it passes, for the content folder at `contentPath`. */
export function validationReport(contentPath: string, displayDir: string, today: string): ValidationReport {
  const files = readContentFiles(contentPath, displayDir);
  const { problems, claims, actors } = validateContentFiles(files, today);
  if (problems.length === 0) {
    return { ok: true, lines: [`${displayDir}: ${claims.length} claims and ${actors.length} actors, all valid.`] };
  }
  const filesWithProblems = new Set(problems.map((problem) => problem.file)).size;
  return {
    ok: false,
    lines: [
      ...problems.map(formatProblem),
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${filesWithProblems} file${filesWithProblems === 1 ? '' : 's'}.`,
    ],
  };
}
