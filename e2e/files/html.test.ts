// Every built page of both sites is valid HTML.
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, sites } from '../sites.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Formatting, not validity: how Astro writes void elements and the whitespace it leaves.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // A claim page's title is the claim itself, a full sentence of up to 120 characters by design.
    'long-title': 'off',
  },
});

describe.each(sites)('$name', (site) => {
  it('has only valid HTML pages', async () => {
    const errors: string[] = [];
    for (const page of builtPages(site)) {
      const report = await validator.validateString(page.html, page.url);
      for (const result of report.results)
        for (const message of result.messages)
          errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
    expect(errors).toEqual([]);
  });
});
