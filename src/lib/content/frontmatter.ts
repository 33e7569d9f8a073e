// Splits an entry file into its YAML frontmatter and its MDX body, keeping where each value stands in
// the file, so that every problem can name its line. The core schema keeps dates as the text written,
// so an impossible date such as 2023-02-30 reaches the schema as written instead of rolling over.
//
// Two parsers, each for what it does best. js-yaml reads the data: it is the parser Astro's content
// layer reads the same files with, and 12 times as fast (at 10,000 claims, 0.5 s where `yaml` took
// 5.8 s, most of a first `npm run validate`). `yaml` keeps where each value stands, so it reads a
// file again when a problem needs its line, and reads any file js-yaml refuses, to say where and why
// in its words. A test holds the two to the same data on every file of the seed, the fixture site and
// generated content, and on the edge cases of YAML's core schema.
import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** An entry file's frontmatter block: its YAML is the first group. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ParsedEntry {
  /** The frontmatter as plain data. */
  data: unknown;
  /** The file line a field stands on: the field itself, or its nearest ancestor when it is missing. */
  lineOf: (path: readonly PropertyKey[]) => number;
  body: string;
  /** The file line the body starts on. */
  bodyLine: number;
}

export interface FrontmatterFailure {
  line: number;
  found: string;
  allowed: string;
}

/** What follows the frontmatter block `match` found in `text`, and the line it starts on. */
const bodyAfter = (match: RegExpExecArray, text: string): Pick<ParsedEntry, 'body' | 'bodyLine'> => ({
  body: text.slice(match[0].length),
  bodyLine: match[0].split('\n').length,
});

/** The body of an entry file below its frontmatter, and the line it starts on; none without frontmatter. */
export function bodyOf(text: string): Pick<ParsedEntry, 'body' | 'bodyLine'> | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? bodyAfter(match, text) : undefined;
}

/**
 * Where each field of a file that parses stands, worked out when first asked: for an entry checked
 * before (src/lib/content/validation-cache.ts), only a problem found across entries asks.
 */
export function linesOf(text: string): ParsedEntry['lineOf'] {
  const match = FRONTMATTER.exec(text);
  return match ? lazyLines(match, text) : () => 1;
}

const NO_FRONTMATTER: FrontmatterFailure = {
  line: 1,
  found: 'no frontmatter block',
  allowed: 'a YAML block between two lines of --- at the very top of the file',
};

/** An entry file's fields, their lines and its body; or why its frontmatter cannot be read. */
export function parseEntry(text: string): ParsedEntry | FrontmatterFailure {
  const match = FRONTMATTER.exec(text);
  if (!match) return NO_FRONTMATTER;
  const data = quickly(match[1] ?? '');
  if (data === undefined) return withPlaces(match, text);
  return { data, lineOf: lazyLines(match, text), ...bodyAfter(match, text) };
}

/** Where each field of the frontmatter `match` found stands, read by `yaml` when first asked. */
function lazyLines(match: RegExpExecArray, text: string): ParsedEntry['lineOf'] {
  let placed: ParsedEntry | FrontmatterFailure | undefined;
  return (path) => {
    placed ??= withPlaces(match, text);
    return isFailure(placed) ? 1 : placed.lineOf(path);
  };
}

/** The fields of a frontmatter block read by js-yaml; undefined where it refuses it or it holds no mapping. */
function quickly(yaml: string): Record<string, unknown> | undefined {
  try {
    const data = load(yaml, { schema: CORE_SCHEMA });
    return typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The entry read by `yaml`, which keeps where each value stands: its failure, or its data and lines. */
function withPlaces(match: RegExpExecArray, text: string): ParsedEntry | FrontmatterFailure {
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1] ?? '', { schema: 'core', lineCounter, prettyErrors: false });
  // The YAML starts on the line after the opening ---.
  const fileLine = (offset: number) => lineCounter.linePos(offset).line + 1;
  const [error] = document.errors;
  if (error) {
    return {
      line: fileLine(error.pos[0]),
      found: `YAML that does not parse (${error.message.split('\n')[0] ?? error.code})`,
      allowed: 'valid YAML',
    };
  }
  if (!isMap(document.contents)) {
    return { line: 1, found: 'no fields', allowed: 'a YAML mapping of fields' };
  }
  return {
    data: document.toJS() as unknown,
    lineOf: (path) => lineInDocument(document, path, fileLine),
    ...bodyAfter(match, text),
  };
}

function lineInDocument(document: Document, path: readonly PropertyKey[], fileLine: (offset: number) => number) {
  for (let depth = path.length; depth > 0; depth--) {
    const parent = depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1) as unknown[], true);
    const key = path[depth - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
      if (isNode(pair?.key) && pair.key.range) return fileLine(pair.key.range[0]);
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key];
      if (isNode(item) && item.range) return fileLine(item.range[0]);
    }
  }
  // A field missing at the top level: the opening --- of the frontmatter.
  return 1;
}

export function isFailure(parsed: ParsedEntry | FrontmatterFailure): parsed is FrontmatterFailure {
  return 'found' in parsed;
}
