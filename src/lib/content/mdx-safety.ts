// Content arrives by pull request and is untrusted: an entry's body may use Markdown and the few
// documented elements below, and nothing that could put script, styles or other pages into the site.
// The body is parsed with the MDX parser itself (micromark's MDX extension), so what is checked is what
// MDX would compile, not a guess from the text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';

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
const ALLOWED = `Markdown and the documented elements (${Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ')}) only`;

export interface BodyProblem {
  /** 1-based line in the file. */
  line: number;
  found: string;
  allowed: string;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | { type: string } | null;
}

interface PositionedNode extends Node {
  name?: string | null;
  url?: string;
  attributes?: JsxAttribute[];
}

/** Every unsafe construct in an MDX body. `firstLine` is the file line the body starts on. */
export function checkMdxBody(body: string, firstLine = 1): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lineOf = (node: Node) => (node.position?.start.line ?? 1) + firstLine - 1;
  let tree: Node;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const { line = 1, reason = String(error) } = error as { line?: number; reason?: string };
    return [{ line: line + firstLine - 1, found: `MDX that does not parse (${reason})`, allowed: ALLOWED }];
  }
  visit(tree, (node: PositionedNode) => {
    const add = (found: string, allowed = ALLOWED) => problems.push({ line: lineOf(node), found, allowed });
    switch (node.type) {
      case 'mdxjsEsm':
        add('an import or export statement', `${ALLOWED}; no import or export`);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add('a JSX expression in braces {…}', `${ALLOWED}; write braces as \\{ and \\}`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, add);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url !== undefined && UNSAFE_URL.test(node.url))
          add(`the link address "${node.url.slice(0, 40)}"`, 'http(s), relative or mailto: link addresses');
        break;
    }
  });
  return problems;
}

function checkElement(node: PositionedNode, add: (found: string, allowed?: string) => void) {
  const name = node.name;
  if (!name) return add('a JSX fragment <>…</>');
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) return add(`a <${name}> element`);
  const attributes = ALLOWED_ELEMENTS[name];
  if (!attributes) return add(`the element <${name}>`);
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      add(`a spread {…} in <${name}>`);
    } else if (/^on/i.test(attribute.name ?? '')) {
      add(`the event-handler attribute ${attribute.name} on <${name}>`, `${ALLOWED}; no event handlers`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      add(
        `a JSX expression as the value of ${attribute.name} on <${name}>`,
        'attribute values in quotes, as plain text',
      );
    } else if (typeof attribute.value === 'string' && UNSAFE_URL.test(attribute.value)) {
      add(
        `the address "${attribute.value.slice(0, 40)}" in ${attribute.name} on <${name}>`,
        'http(s) or relative addresses',
      );
    } else if (!attributes.includes(attribute.name ?? '')) {
      add(
        `the attribute ${attribute.name} on <${name}>`,
        attributes.length ? `on <${name}> only ${attributes.join(', ')}` : `no attributes on <${name}>`,
      );
    }
  }
}
