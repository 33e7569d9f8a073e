import { describe, expect, it } from 'vitest';
import { renderedHtml } from './rendered-html.ts';

describe('renderedHtml', () => {
  it('treats line breaks and indentation as the one space a browser renders', () => {
    expect(renderedHtml('<p>\n  Claims by\n    <a href="/x/">a party</a>\n</p>')).toBe(
      renderedHtml('<p>Claims by <a href="/x/">a party</a></p>'),
    );
  });

  it('keeps a space between words and inline elements, and its absence', () => {
    expect(renderedHtml('<p>by <a>A</a>.</p>')).not.toBe(renderedHtml('<p>by<a>A</a>.</p>'));
    expect(renderedHtml('<p>by <a>A</a>.</p>')).not.toBe(renderedHtml('<p>by <a>A</a> .</p>'));
  });

  it('ignores white space between blocks', () => {
    expect(renderedHtml('<ul> <li>a</li>\n <li>b</li> </ul>')).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  it('reads &#39; and &quot; as the characters they stand for', () => {
    expect(renderedHtml('<p>the claimant&#39;s &quot;word&quot;</p>')).toBe('<p>the claimant\'s "word"</p>');
  });

  it('leaves preformatted text as it is', () => {
    expect(renderedHtml('<pre>a\n  b</pre>\n<p>c</p>')).toBe('<pre>a\n  b</pre><p>c</p>');
  });

  it('still tells different text apart', () => {
    expect(renderedHtml('<p>3 claims</p>')).not.toBe(renderedHtml('<p>4 claims</p>'));
    expect(renderedHtml('<p>a &lt;b&gt;</p>')).not.toBe(renderedHtml('<p>a <b></b></p>'));
  });
});
