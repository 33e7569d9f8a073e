import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { builtPages, siteOf } from './site-files.ts';

test('every built page is valid HTML', async () => {
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
  const errors: string[] = [];
  for (const page of builtPages(siteOf(test.info().project.name))) {
    const report = await validator.validateString(page.html, page.url);
    for (const result of report.results) {
      for (const message of result.messages)
        errors.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(errors).toEqual([]);
});
