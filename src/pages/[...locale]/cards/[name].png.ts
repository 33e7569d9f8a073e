import type { APIContext } from 'astro';
import { drawShareCard } from '../../../data/share-cards.ts';
import { localeParam } from '../../../data/locale-paths.ts';
import { LOCALE_LIST } from '../../../lib/i18n/locales.ts';
import { translator } from '../../../lib/i18n/translator.ts';
import { urlsFor } from '../../../lib/urls.ts';
import { siteShareCard } from '../../../lib/views/sharing.ts';

export function getStaticPaths() {
  // A production build writes the site's card with the others, in every language
  // (src/integrations/share-cards.ts); this route draws it under `npm run dev`.
  if (import.meta.env.PROD) return [];
  return LOCALE_LIST.map((locale) => ({ params: { locale: localeParam(locale), name: 'site' } }));
}

export async function GET(context: APIContext) {
  return await drawShareCard(
    siteShareCard(translator(context.currentLocale)).input,
    urlsFor(context.currentLocale).home(),
  );
}
