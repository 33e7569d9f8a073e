// Runs the content validator before Astro loads the collections, so a bad pull request fails
// `astro build`, `astro dev` and `astro check` with every problem listed, each naming file and field.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { todayUtc } from '../lib/dates.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { readContentFiles, validateContentFiles } from '../lib/content/validate.ts';

export class ContentValidationError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(
      `Content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
    this.name = 'ContentValidationError';
  }
}

/** Throws a ContentValidationError listing every problem in `contentDir`; returns quietly when valid. */
export function assertValidContent(contentDir: string, today: string = todayUtc()): void {
  const { problems } = validateContentFiles(readContentFiles(contentDir), today);
  if (problems.length > 0) throw new ContentValidationError(problems.map(formatProblem));
}

export default function contentValidation(): AstroIntegration {
  return {
    name: 'contested:content-validation',
    hooks: {
      'astro:config:setup': ({ config }) => {
        assertValidContent(fileURLToPath(new URL('content/', config.root)));
      },
    },
  };
}
