import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mdxToJs, type MdastPluginList } from 'satteri';
import { describe, expect, it } from 'vitest';
import config from '../../../astro.config.mjs';
import { checkMdxBody } from './mdx-safety.ts';

describe('untrusted MDX bodies', () => {
  it('accepts Markdown and the documented elements', () => {
    const body = [
      '## A heading',
      '',
      'Prose with **bold**, a [link](https://example.org/) and <abbr title="Ministry of Defence">MoD</abbr>.',
      '',
      '- a list',
      '- with H<sub>2</sub>O and 10<sup>3</sup><br />',
      '',
      '> A quotation.',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual([]);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', 'a <script> element'],
    ['an iframe', '<iframe src="https://example.org/"></iframe>', 'a <iframe> element'],
    ['an object', '<object data="x.swf"></object>', 'a <object> element'],
    ['an embed', '<embed src="x.swf" />', 'a <embed> element'],
    ['a style element', '<style>{"body{display:none}"}</style>', 'a <style> element'],
    ['an event handler', 'Text <abbr title="x" onmouseover="alert(1)">x</abbr>', 'event-handler attribute onmouseover'],
    ['a javascript: link', '[click](javascript:alert(1))', 'the link address "javascript:alert(1)"'],
    ['a data: image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'the link address "data:image/svg+xml'],
    ['a link from the host root', 'See [the method](/methodology/).', 'the address "/methodology/", which starts'],
    ['an import', 'import Evil from "evil"\n\nText.', 'an import or export statement'],
    ['an export', 'export const x = 1\n\nText.', 'an import or export statement'],
    ['an expression', 'Two and two make {2 + 2}.', 'a JSX expression in braces'],
    ['an expression attribute', 'A <abbr title={"x"}>y</abbr>.', 'a JSX expression as the value of title'],
    ['an unknown element', '<div class="x">Text</div>', 'the element <div>'],
    ['a fragment', '<>Text</>', 'a JSX fragment'],
    ['MDX that does not parse', 'Text <abbr title="x">never closed', 'MDX that does not parse'],
  ])('rejects %s, with its line', (_, body, found) => {
    const problems = checkMdxBody(`First line of prose.\n\n${body}\n`, 10);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.found).toContain(found);
    expect(problems[0]?.line).toBe(12);
  });
});

// The build runs the same rule inside Astro's MDX compile: the plugin list registered in astro.config
// is handed to Sätteri's mdxToJs exactly as @astrojs/markdown-satteri hands it, with the file's URL.
describe('the rule inside the MDX compile', () => {
  const fixtures = fileURLToPath(new URL('./__fixtures__/bad/', import.meta.url));
  const mdastPlugins = (config.markdown?.processor as { options: { mdastPlugins: MdastPluginList } }).options
    .mdastPlugins;
  const cases = readdirSync(fixtures).filter((name) => name.startsWith('mdx-'));

  it('has the probe cases between two parsers', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'mdx-probe-character-reference-url',
        'mdx-probe-html-comment',
        'mdx-probe-html-in-list-item',
      ]),
    );
  });

  it.each(cases)('%s fails the compile naming file, line and construct, as validate does', async (name) => {
    const path = join(fixtures, name, 'claims/bad-claim.mdx');
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as {
      line: number;
      found: string;
    };
    // Sätteri throws at once when every plugin is synchronous; as a promise, both ways read alike.
    const compile = Promise.resolve().then(() =>
      mdxToJs(readFileSync(path, 'utf8'), { mdastPlugins, fileURL: pathToFileURL(path) }),
    );
    if (expected.found.startsWith('MDX that does not parse')) {
      // The compiler's own parser refuses it before any plugin runs, as validate reports.
      await expect(compile).rejects.toThrow(/mdx-jsx/);
    } else {
      await expect(compile).rejects.toThrow(
        `${relative(process.cwd(), path)}:${expected.line}: body: found ${expected.found}`,
      );
    }
  });

  it('compiles a safe body', async () => {
    const body = '---\ntitle: x\n---\n\nProse with <abbr title="Ministry of Defence">MoD</abbr>.\n';
    expect((await mdxToJs(body, { mdastPlugins })).code).toContain('MoD');
  });
});
