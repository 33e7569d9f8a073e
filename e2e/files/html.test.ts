// Every built page of both sites is valid HTML, by html-validate and by the W3C's own Nu HTML
// Checker (vnu-jar's jar, run by the machine's Java), which reads a page as a browser parses it and so
// catches what html-validate passes, such as a script after </html>.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, sites } from '../sites.ts';

/** The checker's jar as the package ships it; its own launcher would download a Java where none is found. */
const VNU_JAR = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const java = spawnSync('java', ['-version']).status === 0;
if (!java) console.log('The Nu HTML Checker is skipped: it needs Java, and no `java` is on the PATH.');

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

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
    // Every page of a site in three languages: seconds, more while other checks run beside it.
  }, 60_000);

  it.skipIf(!java)(
    'passes the Nu HTML Checker with no error',
    () => {
      const checked = spawnSync(
        'java',
        ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', site.outDir],
        {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const { messages } = JSON.parse(checked.stderr) as { messages: VnuMessage[] };
      const errors = messages.map(
        ({ url, lastLine, message }) => `${relative(site.outDir, new URL(url).pathname)}:${lastLine ?? ''} ${message}`,
      );
      expect(errors).toEqual([]);
      // A Java start and every page checked: seconds, more while the other checks build sites beside it.
    },
    120_000,
  );
});
