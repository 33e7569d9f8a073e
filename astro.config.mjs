// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import contentValidation from './src/integrations/content-validation.ts';
import dataFiles from './src/integrations/data-files.ts';
import cachedPages from './src/integrations/cached-pages.ts';
import hostFiles from './src/integrations/host-files.ts';
import shareCards from './src/integrations/share-cards.ts';
import { mdxSafetyPlugin } from './src/lib/content/mdx-safety.ts';
import { buildSettings, SettingError } from './src/lib/site.ts';
import { createUrls } from './src/lib/urls.ts';
import { sitemapAlternates } from './src/lib/sitemap-alternates.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES } from './src/lib/i18n/locales.ts';

const { site, base, contentDir, outDir, cacheDir } = settingsOrStop();

/** The build settings, or one line saying which setting is wrong and what it expects. */
function settingsOrStop() {
  try {
    return buildSettings();
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(`contested: ${error.message}`);
    process.exit(1);
  }
}
const urls = createUrls(base);
const alternates = sitemapAlternates(
  new URL(base, site).href,
  DEFAULT_LOCALE,
  Object.fromEntries(LOCALE_LIST.map((locale) => [locale, LOCALES[locale].lang])),
);
const content = contentValidation(contentDir);

export default defineConfig({
  // Astro's terminal log, with each route of the build on a line of its own (several render at once).
  logger: { entrypoint: './src/integrations/whole-lines-logger.ts' },
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // The interface in every language (src/lib/i18n/locales.ts): English at the addresses it has always
  // had, the others under /uk/ and /ru/, from the routes under src/pages/[...locale]/.
  i18n: {
    locales: LOCALE_LIST,
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: false },
  },
  // Astro 7 defaults to JSX whitespace rules, which glue prose to the links inside it; keep text as written.
  compressHTML: true,
  // Stylesheets stay files, never inlined, so the CSP can allow styles from 'self' only. (The CSP is
  // our own meta tag, src/lib/security.ts: Astro's security.csp always allows hashes of its own inline
  // scripts, and this site allows no inline script at all.)
  build: {
    format: 'directory',
    inlineStylesheets: 'never',
    // A few routes at a time: pages that wait on I/O let others render. Pages themselves stay
    // deterministic.
    concurrency: 4,
  },
  experimental: {
    // A rebuild copies each page whose key (src/lib/cache-key.ts) and code are unchanged since the last
    // build from CACHE_DIR, instead of rendering it again.
    incrementalBuild: true,
  },
  markdown: {
    // Content has no code blocks; Shiki's inline styles would break the CSP if it ever did.
    syntaxHighlight: false,
    // Entry bodies are compiled by the content loader (src/content.config.ts) under the same rule as
    // npm run validate; any MDX Astro compiles itself is held to it here.
    processor: satteri({ mdastPlugins: [mdxSafetyPlugin] }),
  },
  integrations: [
    // Validation first: it must fail before MDX or the content layer touch a bad file.
    content,
    mdx(),
    // Pages a rebuild keeps are linked into the site before Astro renders, not copied one by one.
    cachedPages(),
    // After the build: the redirects and headers files for hosts. (The search index is built after
    // Astro exits, by scripts/search-index.ts: see npm run build.)
    hostFiles(content.movedClaims),
    // After the build too: each claim's JSON record and the open data, written directly, not as routes.
    dataFiles(content.entries),
    // Cards start drawing once the content is validated, and are written into the site when the build is done.
    shareCards(content.entries),
    sitemap({
      // Old addresses of renamed claims only send readers on; search engines should index the new one.
      // Embeds are parts of pages, for other sites to frame: the page they come from is indexed.
      filter: (page) => {
        const path = new URL(page).pathname;
        const slug = urls.claimSlugAt(path);
        const listed = !urls.isEmbed(path) && (slug === undefined || !content.aliases().has(slug));
        if (listed) alternates.add(page);
        return listed;
      },
      // Each page that exists in several languages lists the others as its alternates, worked out from
      // the pages listed (the filter sees every one before the first is serialized).
      serialize: (item) => {
        const links = alternates.linksOf(item.url);
        return links ? { ...item, links } : item;
      },
    }),
  ],
  vite: {
    build: {
      // The search page's script must be a file of this site: its CSP allows no inline script.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro's MDX output trips a harmless bundler warning on every entry (withastro/astro#18087);
        // hide that one so contributors see only warnings that matter.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
