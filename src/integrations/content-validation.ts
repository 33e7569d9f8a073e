// Runs the content validator before Astro loads the collections, so a bad pull request fails
// `astro build`, `astro dev` and `astro check` with every problem listed, each naming file and field.
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { todayUtc } from '../lib/dates.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { readContentFiles, validateContentFiles, type ValidationResult } from '../lib/content/validate.ts';

export class ContentValidationError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`Content has ${lines.length} problem${lines.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
    this.name = 'ContentValidationError';
  }
}

/**
 * Validates the content folder at `contentPath`; throws a ContentValidationError listing every problem.
 * `displayDir` is how file names start in the messages (the folder as the contributor knows it).
 */
export function assertValidContent(
  contentPath: string,
  { today = todayUtc(), displayDir = 'content' }: { today?: string; displayDir?: string } = {},
): ValidationResult {
  const result = validateContentFiles(readContentFiles(contentPath, displayDir), today);
  if (result.problems.length > 0) throw new ContentValidationError(result.problems.map(formatProblem));
  return result;
}

export interface ContentValidationIntegration extends AstroIntegration {
  /** Former claim slugs, known once the content has been validated: their pages only redirect. */
  aliases: () => ReadonlySet<string>;
}

/** @param contentDir the content folder, relative to the project root. */
export default function contentValidation(contentDir = 'content'): ContentValidationIntegration {
  let aliases: ReadonlySet<string> = new Set();
  let contentPath = '';
  return {
    name: 'contested:content-validation',
    aliases: () => aliases,
    hooks: {
      'astro:config:setup': ({ config }) => {
        contentPath = fileURLToPath(new URL(`${contentDir}/`, config.root));
        const { claims } = assertValidContent(contentPath, { displayDir: contentDir });
        aliases = new Set(claims.flatMap((claim) => claim.data.aliases ?? []));
      },
      // While `astro dev` runs, check again on every content change, so a contributor sees the same
      // messages as the build without restarting.
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentPath)) return;
          try {
            assertValidContent(contentPath, { displayDir: contentDir });
            logger.info('content is valid');
          } catch (error) {
            if (!(error instanceof ContentValidationError)) throw error;
            for (const line of error.lines) logger.error(line);
          }
        });
      },
    },
  };
}
