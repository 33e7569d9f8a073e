// Runs the content validator before Astro loads the collections, so a bad pull request fails
// `astro build`, `astro dev` and `astro check` with every problem listed, each naming file, line and
// field, exactly as `npm run validate` prints them.
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { todayUtc } from '../lib/dates.ts';
import { readContentFiles, validationReport, type ValidationReport } from '../lib/content/validate.ts';
import type { MovedClaim } from '../lib/host-files.ts';
import { contentErrorPage } from '../lib/content/dev-error-page.ts';
import { placeholderProblems, type ClaimEntry, type Entry } from '../lib/content/rules.ts';
import type { AboutData } from '../lib/content/schema.ts';
import { openValidationCache, validatorCodeKey, type ValidationCache } from '../lib/content/validation-cache.ts';

/**
 * The report for the content folder at `contentPath`; file names start with `displayDir`. With a
 * cache, a file checked before with the same code is not parsed again.
 */
export function checkContent(
  contentPath: string,
  displayDir: string,
  today = todayUtc(),
  cache?: ValidationCache,
): ValidationReport {
  return validationReport(readContentFiles(contentPath, displayDir), displayDir, { today, cache });
}

/** Where the build keeps what validation found in each file, for the next build. */
const cacheOf = (config: AstroConfig, logger: AstroIntegrationLogger) =>
  openValidationCache(
    fileURLToPath(new URL('validation.json', config.cacheDir)),
    validatorCodeKey(fileURLToPath(config.root)),
    (message) => logger.warn(message),
  );

/** Whether an address is this machine's, where a build is only ever looked at by whoever made it. */
function isLocal(site: string | undefined): boolean {
  if (!site) return true;
  const { hostname } = new URL(site);
  return ['localhost', '127.0.0.1', '[::1]'].includes(hostname) || hostname.endsWith('.localhost');
}

/**
 * A site published with an About page that still holds `npm run new`'s placeholders would tell readers
 * nothing about who stands behind it: the one line that stops such a build, or undefined.
 */
export function publicBuildProblem(
  site: string | undefined,
  about: Entry<AboutData> | undefined,
  contentDir: string,
): string | undefined {
  if (isLocal(site) || !about) return undefined;
  const fields = placeholderProblems(about).map((problem) => problem.field);
  if (fields.length === 0) return undefined;
  return `contested: ${contentDir}/about.mdx still holds placeholders (${fields.join(', ')}); say who publishes the site, how it is funded, its conflicts of interest and how to reach the editors before publishing it at ${site ?? ''}`;
}

export interface ContentValidationIntegration extends AstroIntegration {
  /** The validated claims, known once the content has been validated. */
  claims: () => readonly ClaimEntry[];
  /** Every validated entry, known once the content has been validated. */
  entries: () => ValidationReport;
  /** Former claim slugs, known once the content has been validated: their pages only redirect. */
  aliases: () => ReadonlySet<string>;
  /** Claims with former slugs, for the redirects file. */
  movedClaims: () => MovedClaim[];
}

/** The claims with former slugs, and the languages each is translated into (its pages had them too). */
const movedClaims = ({ claims, translations }: ValidationReport): MovedClaim[] =>
  claims
    .filter((claim) => claim.data.aliases?.length)
    .map((claim) => ({
      slug: claim.slug,
      aliases: claim.data.aliases ?? [],
      hasBreakdown: claim.data.breakdown !== undefined,
      languages: translations
        .filter((translation) => translation.collection === 'claims' && translation.slug === claim.slug)
        .map((translation) => translation.language),
    }));

/** @param contentDir the content folder, relative to the project root. */
export default function contentValidation(contentDir = 'content'): ContentValidationIntegration {
  let validated: ValidationReport | undefined;
  const claims = () => validated?.claims ?? [];
  // Computed once: the sitemap asks for it for every page.
  let aliases: ReadonlySet<string> = new Set();
  let contentPath = '';
  let cache: () => ValidationCache | undefined = () => undefined;
  return {
    name: 'contested:content-validation',
    claims,
    entries: () => {
      if (!validated) throw new Error('The content is read before it was validated.');
      return validated;
    },
    aliases: () => aliases,
    movedClaims: () => (validated ? movedClaims(validated) : []),
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        contentPath = fileURLToPath(new URL(`${contentDir}/`, config.root));
        cache = () => cacheOf(config, logger);
        const report = checkContent(contentPath, contentDir, todayUtc(), cache());
        if (!report.ok) {
          // The contributor's problems, not a crash: the same lines as `npm run validate`, with no
          // wrapper or stack trace from a thrown error, then stop.
          for (const line of report.lines) console.error(line);
          process.exit(1);
        }
        const unfinished = publicBuildProblem(config.site, report.about[0], contentDir);
        if (unfinished) {
          console.error(unfinished);
          process.exit(1);
        }
        validated = report;
        aliases = new Set(report.claims.flatMap((claim) => claim.data.aliases ?? []));
      },
      // While `astro dev` runs, check again on every content change, so a contributor sees the same
      // messages as the build without restarting: in the terminal, and in the browser, where every
      // page answers with the problems (status 500) until they are fixed.
      'astro:server:setup': ({ server, logger }) => {
        let problems: readonly string[] = [];
        server.watcher.on('all', (_event, path) => {
          if (!path.startsWith(contentPath)) return;
          const report = checkContent(contentPath, contentDir, todayUtc(), cache());
          problems = report.ok ? [] : report.lines;
          if (report.ok) logger.info('content is valid');
          else for (const line of report.lines) logger.error(line);
        });
        server.middlewares.use((request, response, next) => {
          const wantsPage = request.headers.accept?.includes('text/html') ?? false;
          if (problems.length === 0 || !wantsPage) return next();
          // Checked again rather than trusted: a watcher may miss the save that fixed the last problem.
          const report = checkContent(contentPath, contentDir, todayUtc(), cache());
          problems = report.ok ? [] : report.lines;
          if (report.ok) return next();
          response.statusCode = 500;
          response.setHeader('Content-Type', 'text/html; charset=utf-8');
          response.end(contentErrorPage(problems));
        });
      },
    },
  };
}
