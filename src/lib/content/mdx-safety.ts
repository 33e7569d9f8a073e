// Content arrives by pull request and is untrusted: an entry's body may use Markdown and the few
// documented elements below, and nothing that could put script, styles or other pages into the site.
//
// One rule, one parser: the rule looks at one node of the Markdown syntax tree at a time, and both
// places that need it parse with Sätteri, the parser Astro compiles MDX with. `npm run validate`
// parses each body and walks the tree (checkMdxBody); the build runs the same rule as a plugin inside
// Astro's MDX pipeline (mdxSafetyPlugin), so what is checked is exactly what is compiled.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { defineMdastPlugin, mdxToMdast, type MdastNode, type PluginFactoryContext } from 'satteri';
import { visit } from 'unist-util-visit';
import { formatProblem } from './problems.ts';

/** Elements a body may use, with the attributes each may carry (plain text values only). */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

const DANGEROUS_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'frame',
  'frameset',
]);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;
/** "/methodology/": the site may be served under a base path (/contested/), where it leads nowhere. */
const ROOT_RELATIVE_URL = /^\s*\/(?!\/)/;
const ALLOWED = `Markdown and the documented elements (${Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ')}) only`;

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  found: string;
  allowed: string;
}

type Finding = Omit<BodyProblem, 'line'>;

/** The parts of a syntax-tree node the rule reads; Sätteri's nodes have this shape. */
interface NodeLike {
  type: string;
  name?: string | null;
  url?: string;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } } | undefined;
}

/** What is unsafe about one node (not its children). */
export function unsafeConstructs(node: NodeLike): Finding[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [{ found: 'an import or export statement', allowed: `${ALLOWED}; no import or export` }];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [{ found: 'a JSX expression in braces {…}', allowed: `${ALLOWED}; write braces as \\{ and \\}` }];
    case 'html':
      return [{ found: 'raw HTML', allowed: ALLOWED }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return elementFindings(node);
    case 'link':
    case 'image':
    case 'definition':
      if (node.url !== undefined && UNSAFE_URL.test(node.url))
        return [
          {
            found: `the link address "${node.url.slice(0, 40)}"`,
            allowed: 'http(s), relative or mailto: link addresses',
          },
        ];
      return node.url !== undefined && ROOT_RELATIVE_URL.test(node.url)
        ? [
            {
              found: `the address "${node.url.slice(0, 40)}", which starts at the host's root`,
              allowed:
                'an address relative to the page, such as ../../methodology/ from a claim, since the site may be served under a base path; or a full https address',
            },
          ]
        : [];
    default:
      return [];
  }
}

function elementFindings({ name, attributes = [] }: NodeLike): Finding[] {
  if (!name) return [{ found: 'a JSX fragment <>…</>', allowed: ALLOWED }];
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) return [{ found: `a <${name}> element`, allowed: ALLOWED }];
  const allowedAttributes = ALLOWED_ELEMENTS[name];
  if (!allowedAttributes) return [{ found: `the element <${name}>`, allowed: ALLOWED }];
  return attributes.flatMap(({ type, name: attribute = '', value }): Finding[] => {
    if (type === 'mdxJsxExpressionAttribute') return [{ found: `a spread {…} in <${name}>`, allowed: ALLOWED }];
    if (/^on/i.test(attribute))
      return [
        { found: `the event-handler attribute ${attribute} on <${name}>`, allowed: `${ALLOWED}; no event handlers` },
      ];
    if (value !== null && typeof value === 'object')
      return [
        {
          found: `a JSX expression as the value of ${attribute} on <${name}>`,
          allowed: 'attribute values in quotes, as plain text',
        },
      ];
    if (typeof value === 'string' && UNSAFE_URL.test(value))
      return [
        {
          found: `the address "${value.slice(0, 40)}" in ${attribute} on <${name}>`,
          allowed: 'http(s) or relative addresses',
        },
      ];
    if (!allowedAttributes.includes(attribute))
      return [
        {
          found: `the attribute ${attribute} on <${name}>`,
          allowed: allowedAttributes.length
            ? `on <${name}> only ${allowedAttributes.join(', ')}`
            : `no attributes on <${name}>`,
        },
      ];
    return [];
  });
}

/** Sätteri reports a syntax error as "line:column: reason". */
function parseFailure(error: unknown, firstLine: number): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const [, line = '1', reason = message] = /^(\d+):\d+: ([\s\S]*)$/.exec(message) ?? [];
  return { line: Number(line) + firstLine - 1, found: `MDX that does not parse (${reason})`, allowed: ALLOWED };
}

/** Every unsafe construct in an MDX body. `firstLine` is the file line the body starts on. */
export function checkMdxBody(body: string, firstLine = 1): BodyProblem[] {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body);
  } catch (error) {
    return [parseFailure(error, firstLine)];
  }
  const problems: BodyProblem[] = [];
  // Sätteri's mdast nodes are unist nodes of the shape NodeLike describes.
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    for (const finding of unsafeConstructs(node as NodeLike)) problems.push({ line, ...finding });
  });
  return problems;
}

/**
 * The rule as a Sätteri plugin for Astro's MDX pipeline: the build fails on the first document with an
 * unsafe construct, naming file, line and construct in the validator's format.
 */
export function mdxSafetyPlugin({ fileURL }: PluginFactoryContext) {
  const file = fileURL ? relative(process.cwd(), fileURLToPath(fileURL)) : 'an MDX document';
  const lines: string[] = [];
  const check = (node: NodeLike) => {
    for (const finding of unsafeConstructs(node))
      lines.push(formatProblem({ file, line: node.position?.start.line ?? 1, field: 'body', ...finding }));
  };
  return defineMdastPlugin({
    name: 'contested:mdx-safety',
    options: { position: true },
    mdxjsEsm: check,
    mdxFlowExpression: check,
    mdxTextExpression: check,
    mdxJsxFlowElement: check,
    mdxJsxTextElement: check,
    html: check,
    link: check,
    image: check,
    definition: check,
    after: () => {
      if (lines.length > 0) throw new Error(`Unsafe content in MDX:\n${lines.join('\n')}`);
    },
  });
}
