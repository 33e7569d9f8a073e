import { describe, expect, it } from 'vitest';
import { contentErrorPage } from './dev-error-page.ts';

describe('the content error page of astro dev', () => {
  it('lists every problem as npm run validate prints it, escaped, with no script', () => {
    const page = contentErrorPage([
      'content/claims/a.mdx:2: title: found "<b>Too short</b>" (9 characters); allowed 10 to 120 characters',
      '1 problem in 1 file.',
    ]);
    expect(page).toContain(
      '<li><code>content/claims/a.mdx:2: title: found &quot;&lt;b&gt;Too short&lt;/b&gt;&quot; (9 characters); allowed 10 to 120 characters</code></li>',
    );
    expect(page).toContain('<li><code>1 problem in 1 file.</code></li>');
    expect(page).not.toMatch(/<script/i);
  });
});
