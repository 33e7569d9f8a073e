import { describe, expect, it } from 'vitest';
import { renderBody } from './body-html.ts';

const FILE = '/site/content/claims/example.mdx';

describe('renderBody', () => {
  it('renders Markdown, the allowed elements and escapes as Astro renders MDX', async () => {
    const { html } = await renderBody(
      [
        'The <abbr title="Ministry & its &quot;partners&quot;">MoN</abbr> said 10<sup>3</sup>, *not* **all**,',
        "5 < 6 & 7 > 6, \"quoted\" and it's [linked](https://example.org/?a=1&b=2 'a title'),<br />then `code`.",
        '',
        '- one',
      ].join('\n'),
      FILE,
    );
    expect(html).toBe(
      [
        '<p>The <abbr title="Ministry &amp; its &quot;partners&quot;">MoN</abbr> said 10<sup>3</sup>, <em>not</em> <strong>all</strong>,',
        '5 &lt; 6 &amp; 7 &gt; 6, “quoted” and it’s <a href="https://example.org/?a=1&amp;b=2" title="a title">linked</a>,<br/>then <code>code</code>.</p>',
        '<ul>',
        '<li>one</li>',
        '</ul>',
      ].join('\n'),
    );
  });

  it('gives headings ids and lists them', async () => {
    const { html, metadata } = await renderBody('## What was said\n\nText.', FILE);
    expect(html).toContain('<h2 id="what-was-said">What was said</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'what-was-said', text: 'What was said' }]);
  });

  it('refuses an unsafe construct, naming the file line past the frontmatter', async () => {
    await expect(renderBody('Fine.\n\n<script>alert(1)</script>', FILE, 10)).rejects.toThrow(
      /example\.mdx:13.*<script> element/s,
    );
  });

  it('refuses a body that does not parse', async () => {
    await expect(renderBody('An { unclosed expression', FILE)).rejects.toThrow();
  });
});
