// The one content validator. The build runs it before Astro loads the collections (see
// src/integrations/content-validation.ts), `npm run validate` runs it alone, and the tests run it on
// fixtures; it reports every problem in every file at once instead of stopping at the first.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  ENTRY_COLLECTIONS,
  filePath,
  isDraft,
  isTranslated,
  isTranslationLocale,
  translationName,
  TRANSLATION_LOCALES,
  TRANSLATIONS,
  type CollectionName,
} from './collections.ts';
import type { z } from 'astro/zod';
import { bodyOf, isFailure, linesOf, parseEntry } from './frontmatter.ts';
import { checkMdxBody } from './mdx-safety.ts';
import { fileKey, type ValidationCache } from './validation-cache.ts';
import { formatProblem, problemsFromZod, type Problem } from './problems.ts';
import {
  checkCrossEntryRules,
  placeholderProblems,
  type EntriesByCollection,
  type PreviousClaim,
  silentVerdictProblems,
  type Entry,
} from './rules.ts';
import { glossaryProblems, translationProblems, type TranslationEntry } from './translation-rules.ts';
import { fieldsAt, SLUG_PATTERN, SLUG_RULE } from './schema.ts';

/** One file of a content collection, before any validation. */
export interface ContentFile {
  collection: CollectionName;
  /** Repository-relative path, e.g. content/claims/s200.mdx. */
  file: string;
  /** The file's text; null for a folder, which has no place in a collection. */
  text: string | null;
  /** A collection's one named file (the About page) that is not there. */
  missing?: true;
  /** For a translation (`<slug>.<language>.mdx` beside the entry), the language code its name gives. */
  language?: string;
}

/**
 * Every problem, the entries of each collection that passed their schema (the About page: at most
 * one), and the translations that passed theirs.
 */
export type ValidationResult = { problems: Problem[]; translations: TranslationEntry[] } & EntriesByCollection;

/** Reads every file of every collection below `contentDir` (the repository's `content/`). */
export function readContentFiles(contentDir: string, displayRoot = 'content'): ContentFile[] {
  return COLLECTION_NAMES.flatMap((collection) => {
    const { folder, only } = COLLECTIONS[collection];
    let entries;
    try {
      entries = readdirSync(join(contentDir, folder), { withFileTypes: true });
    } catch {
      return [];
    }
    const files: ContentFile[] = entries
      .filter((entry) => !isDraft(entry.name) && (only === undefined || entry.name === only))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => ({
        collection,
        file: `${displayRoot}/${filePath(collection, entry.name)}${entry.isDirectory() ? '/' : ''}`,
        text: entry.isDirectory() ? null : readFileSync(join(contentDir, folder, entry.name), 'utf8'),
        ...languageOf(collection, entry.name),
      }));
    if (only !== undefined && files.length === 0)
      return [{ collection, file: `${displayRoot}/${filePath(collection, only)}`, text: null, missing: true as const }];
    return files;
  });
}

/**
 * The collections' files as they were at a git revision (a branch, tag or commit), for comparing
 * verdicts with it. `contentDir` must lie inside a git work tree.
 */
export function readContentFilesAt(revision: string, contentDir: string, displayRoot = 'content'): ContentFile[] {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', contentDir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return COLLECTION_NAMES.flatMap((collection) => {
    const { folder, only } = COLLECTIONS[collection];
    return git('ls-tree', '--name-only', revision, folder ? `${folder}/` : '.')
      .split('\n')
      .map((path) => path.slice(path.lastIndexOf('/') + 1))
      .filter((name) => name.endsWith('.mdx') && !isDraft(name) && (only === undefined || name === only))
      .map((name) => ({
        collection,
        file: `${displayRoot}/${filePath(collection, name)}`,
        text: git('show', `${revision}:./${filePath(collection, name)}`),
      }));
  });
}

/** A translation's language, for a file of a collection whose entries may be translated. */
function languageOf(collection: CollectionName, name: string): { language?: string } {
  const translation = isTranslated(collection) ? translationName(name) : undefined;
  return translation ? { language: translation.language } : {};
}

/** The slug a file name gives (a translation's: the entry it translates), or the problem with the name. */
function slugOf(file: string, text: string | null, language?: string): string | Problem {
  const fileProblem = (found: string, allowed: string): Problem => ({ file, line: 1, field: 'file', found, allowed });
  if (text === null)
    return fileProblem('a folder', '.mdx files directly in the collection folder (the file name is the URL)');
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (!name.endsWith('.mdx')) return fileProblem(`the file name "${name}"`, 'an .mdx file');
  if (language !== undefined && !isTranslationLocale(language))
    return fileProblem(
      `the language code "${language}" in "${name}"`,
      `a translation named <slug>.<language>.mdx, the language one of ${TRANSLATION_LOCALES.join(', ')}`,
    );
  const slug = name.slice(0, -(language === undefined ? '.mdx' : `.${language}.mdx`).length);
  if (!SLUG_PATTERN.test(slug))
    return fileProblem(`the file name "${name}"`, `a file name that is a slug followed by .mdx: ${SLUG_RULE}`);
  return slug;
}

type AnyEntry = Entry<unknown> & { collection: CollectionName; language?: string | undefined };

/** What a collection's one named file, where it is missing, must hold. */
const MISSING_FILE: Partial<Record<CollectionName, string>> = {
  about:
    'the About page: who publishes the site, how it is funded, conflicts of interest and how to reach the editors (publisher, funding, conflicts, contact; see CONTRIBUTING.md)',
};

/**
 * One file against its collection's schema and the body rules. Its slug is known once its name is
 * right, even when its content has problems; its entry only when it has none the schema sees.
 */
function checkFile(
  { collection, file, text, missing, language }: ContentFile,
  problems: Problem[],
): { slug?: string; entry?: AnyEntry } {
  if (missing) {
    problems.push({ file, line: 1, field: 'file', found: 'no file', allowed: MISSING_FILE[collection] ?? 'the file' });
    return {};
  }
  const slug = slugOf(file, text, language);
  if (typeof slug !== 'string') {
    problems.push(slug);
    return {};
  }
  const parsed = parseEntry(text ?? '');
  if (isFailure(parsed)) {
    problems.push({ file, field: 'frontmatter', ...parsed });
    return { slug };
  }
  const { data, lineOf, body, bodyLine } = parsed;
  if (body.trim() === '')
    problems.push({
      file,
      line: bodyLine,
      field: 'body',
      found: 'an empty body',
      allowed: 'prose below the frontmatter',
    });
  for (const problem of checkMdxBody(body, bodyLine)) problems.push({ file, field: 'body', ...problem });
  // The About page may keep its placeholders until the site is published (checked by the build then).
  const placeholders = collection === 'about' ? [] : placeholderProblems({ file, data, body, bodyLine, lineOf });
  problems.push(...placeholders);
  const schema: z.ZodType =
    language !== undefined && isTranslated(collection) ? TRANSLATIONS[collection] : COLLECTIONS[collection].schema;
  const result = schema.safeParse(data);
  if (!result.success) {
    // A field still holding its placeholder is reported once, as a placeholder.
    const replaced = new Set(placeholders.map((problem) => problem.field));
    const schemaProblems = problemsFromZod(
      { file, data, lineOf, fieldsAt: (path) => fieldsAt(schema, path) },
      result.error,
    );
    problems.push(...schemaProblems.filter((problem) => !replaced.has(problem.field)));
    return { slug };
  }
  return { slug, entry: { collection, file, slug, data: result.data, body, bodyLine, lineOf, language } };
}

/**
 * One file checked, through the cache where there is one: a file whose name and text an earlier run
 * checked with the same code gives what it found then, its field lines worked out only if asked.
 */
function checkFileCached(
  file: ContentFile,
  problems: Problem[],
  cache: ValidationCache | undefined,
): { slug?: string; entry?: AnyEntry } {
  const { collection, file: name, text, missing, language } = file;
  if (!cache || missing || text === null) return checkFile(file, problems);
  const key = fileKey([collection, name, language ?? null, text]);
  const known = cache.get(key);
  if (known) {
    problems.push(...known.problems);
    const parts = bodyOf(text);
    const entry: AnyEntry | undefined =
      known.data === undefined || known.slug === undefined || !parts
        ? undefined
        : { collection, file: name, slug: known.slug, data: known.data, ...parts, lineOf: linesOf(text), language };
    return { ...(known.slug === undefined ? {} : { slug: known.slug }), ...(entry ? { entry } : {}) };
  }
  const found: Problem[] = [];
  const checked = checkFile(file, found);
  problems.push(...found);
  cache.set(key, {
    ...(checked.slug === undefined ? {} : { slug: checked.slug }),
    problems: found,
    ...(checked.entry ? { data: checked.entry.data } : {}),
  });
  return checked;
}

export interface ValidationOptions {
  /** `YYYY-MM-DD`; no date may be later. */
  today: string;
  /** What earlier runs found in each file (./validation-cache.ts); every file is checked without one. */
  cache?: ValidationCache | undefined;
  /** The content at an earlier revision: a claim whose status changed since must record it in an update. */
  previous?: readonly ContentFile[] | undefined;
}

/** Validates a whole set of content files: each against its schema, then all against each other. */
export function validateContentFiles(
  files: readonly ContentFile[],
  { today, previous, cache }: ValidationOptions,
): ValidationResult {
  const problems: Problem[] = [];
  const valid: AnyEntry[] = [];
  const slugs = new Map<CollectionName, Set<string>>(COLLECTION_NAMES.map((name) => [name, new Set()]));
  const translations: TranslationEntry[] = [];
  for (const file of files) {
    const { slug, entry } = checkFileCached(file, problems, cache);
    if (entry?.language !== undefined) translations.push(entry as TranslationEntry);
    else {
      if (slug) slugs.get(file.collection)?.add(slug);
      if (entry) valid.push(entry);
    }
  }
  cache?.save();
  // Each entry passed its own collection's schema, so its data has that collection's type.
  const result = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, valid.filter((entry) => entry.collection === name)]),
  ) as unknown as EntriesByCollection;
  const slugsByCollection = Object.fromEntries(slugs) as unknown as Record<CollectionName, ReadonlySet<string>>;
  problems.push(
    ...checkCrossEntryRules({ ...result, slugs: slugsByCollection, today }),
    ...glossaryProblems(result),
    ...translationProblems({ ...result, translations, slugs: slugsByCollection }),
  );
  if (previous) problems.push(...silentVerdictProblems(result.claims, claimsAt(previous)));
  return { problems, translations, ...result };
}

/** The claims of an earlier revision that still parse, by slug; the rest cannot be compared. */
function claimsAt(files: readonly ContentFile[]): Map<string, PreviousClaim> {
  const claims = new Map<string, PreviousClaim>();
  for (const { collection, file, text } of files) {
    if (collection !== 'claims' || text === null || translationName(file.slice(file.lastIndexOf('/') + 1))) continue;
    const slug = slugOf(file, text);
    const parsed = parseEntry(text);
    if (typeof slug !== 'string' || isFailure(parsed)) continue;
    // Read as written, not through today's schema: a claim the rules have since tightened (a renamed
    // stance, a new rule) still has a status to compare with.
    const { status, updates } = parsed.data as { status?: unknown; updates?: unknown };
    if (typeof status !== 'string') continue;
    claims.set(slug, { status, updates: Array.isArray(updates) ? (updates as PreviousClaim['updates']) : [] });
  }
  return claims;
}

export interface ValidationReport extends ValidationResult {
  /** One line per problem, then a summary line. */
  lines: string[];
  ok: boolean;
}

/** "1 claim", "1,200 claims": the validator speaks to contributors, in English. */
const count = (n: number, noun: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? noun : `${noun}s`}`;

/** What `npm run validate` prints and whether it passes, for a set of content files. */
export function validationReport(
  files: readonly ContentFile[],
  displayDir: string,
  options: ValidationOptions,
): ValidationReport {
  const result = validateContentFiles(files, options);
  const { problems } = result;
  if (problems.length === 0) {
    const counted = [
      ...ENTRY_COLLECTIONS.map((name) => count(result[name].length, COLLECTIONS[name].entry)),
      // Translations are counted once there are some: a site in one language has none to speak of.
      ...(result.translations.length > 0 ? [count(result.translations.length, 'translation')] : []),
    ];
    return {
      ...result,
      ok: true,
      lines: [`${displayDir}: ${counted.slice(0, -1).join(', ')} and ${counted.at(-1) ?? ''}, all valid.`],
    };
  }
  const filesWithProblems = new Set(problems.map((problem) => problem.file)).size;
  return {
    ...result,
    ok: false,
    lines: [
      ...problems.map(formatProblem),
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${filesWithProblems} file${filesWithProblems === 1 ? '' : 's'}.`,
    ],
  };
}
