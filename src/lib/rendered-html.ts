// A page's HTML reduced to what a browser renders from it, for comparing two builds of a page: a
// refactoring that only moves a line break in a template, or writes an apostrophe as `&#39;`, changes
// the bytes but nothing a reader gets. Outside <pre>, a run of white space renders as one space, and
// white space beside a block's tags not at all (CSS `white-space: normal`); `&#39;` and `&quot;` are
// the characters they stand for. Not HTML to serve: only to compare.

const BLOCKS =
  'address|article|aside|blockquote|body|caption|dd|details|div|dl|dt|figcaption|figure|footer|form|h[1-6]|head|header|html|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul';
const SPACE_AFTER_BLOCK_TAG = new RegExp(`(</?(?:${BLOCKS})(?:\\s[^>]*)?>) `, 'g');
const SPACE_BEFORE_BLOCK_TAG = new RegExp(` (</?(?:${BLOCKS})(?:\\s[^>]*)?>)`, 'g');

export function renderedHtml(html: string): string {
  return html
    .split(/(<pre[\s>][\s\S]*?<\/pre>)/)
    .map((part) =>
      part.startsWith('<pre')
        ? part
        : part
            .replaceAll('&#39;', "'")
            .replaceAll('&quot;', '"')
            .replace(/\s+/g, ' ')
            .replace(SPACE_AFTER_BLOCK_TAG, '$1')
            .replace(SPACE_BEFORE_BLOCK_TAG, '$1'),
    )
    .join('');
}
