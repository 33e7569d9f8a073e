// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentValidation from './src/integrations/content-validation.ts';
import { siteLocation } from './src/lib/site.ts';

const { site, base } = siteLocation(process.env.SITE_URL);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Validation first: it must fail before MDX or the content layer touch a bad file.
  integrations: [contentValidation(), mdx()],
  vite: {
    build: {
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
