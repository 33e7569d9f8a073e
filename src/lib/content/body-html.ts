// An entry's MDX body, rendered to HTML once, when the content layer loads the entry, and kept in its
// data store (under CACHE_DIR) until the file changes. Astro's own MDX support makes every entry a
// JavaScript module instead, and bundling 10,000 of them was most of a large build's time and memory
// (bench/README.md). A body may hold Markdown and a few plain elements only (mdx-safety.ts), which
// need no module: the same compiler (Sätteri), plugins and features as Astro's MDX pipeline, and
// Astro's own JSX renderer, make the same bytes as a module would.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import * as jsxRuntime from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import { evaluate, type EvaluateOptions } from 'satteri';
import { mdxSafetyPlugin } from './mdx-safety.ts';

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface RenderedBody {
  html: string;
  metadata: { headings: Heading[] };
}

/**
 * The body's HTML and headings. `linesBefore` is how many lines of the file come before the body (its
 * frontmatter), so an unsafe construct is reported at its line in the file.
 */
export async function renderBody(body: string, file: string, linesBefore = 0): Promise<RenderedBody> {
  const data = { astro: { frontmatter: {}, headings: [] as Heading[] } };
  const options = {
    ...jsxRuntime,
    mdastPlugins: [mdxSafetyPlugin],
    hastPlugins: [satteriHeadingIdsPlugin()],
    // Astro's defaults for Markdown and MDX, which this site keeps.
    features: { gfm: true, smartPunctuation: true },
    elementAttributeNameCase: 'html',
    fileURL: pathToFileURL(file),
    data,
  } as unknown as EvaluateOptions;
  // Blank lines in place of the frontmatter keep line numbers those of the file, and change no output.
  const module = await evaluate('\n'.repeat(linesBefore) + body, options);
  const Content = module['default'] as (props: object) => unknown;
  // A body holds plain elements only, so the renderer needs no page context.
  const html = String(await renderJSX({} as Parameters<typeof renderJSX>[0], Content({})));
  return { html, metadata: { headings: data.astro.headings } };
}

/**
 * What else decides a rendered body besides its file: this module's and the safety rule's code, and
 * the compiler's and Astro's versions, which the lockfile pins. The content layer keeps an entry while
 * its file's digest is unchanged, so this is folded into that digest: a change here renders every body
 * again.
 */
export const BODY_RENDERER_VERSION = createHash('sha256')
  .update(
    ['./body-html.ts', './mdx-safety.ts', '../../../package-lock.json']
      .map((file) => readFileSync(new URL(file, import.meta.url), 'utf8'))
      .join('\0'),
  )
  .digest('hex')
  .slice(0, 16);
