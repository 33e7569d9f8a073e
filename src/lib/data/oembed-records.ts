// Each claim's oEmbed record in every language its page is in, written by the build beside the page
// (src/integrations/data-files.ts) from the validated content, outside Astro's content layer. The
// record hands out the status box's snippet as the page in that language shows it: the box's words,
// its claimant's name and its translation note set the frame's height, so they are worked out here as
// the page's own content (src/data/content.ts) works them out. A built-site test compares the two.
import type { ClaimLike } from '../claims.ts';
import type { TranslatedCollection } from '../content/collections.ts';
import { translatedWords } from '../content/schema.ts';
import { ENTRY_LOCALE, LOCALE_LIST, type Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translator.ts';
import { createUrls } from '../urls.ts';
import { claimBox, oembedRecord, type OembedRecord } from '../views/embeds.ts';
import { translationView } from '../views/translations.ts';
import type { TranslationSource } from './records.ts';

interface Named {
  id: string;
  data: { name: string };
}

export interface OembedSource {
  claims: readonly ClaimLike[];
  actors: readonly Named[];
  editors: readonly Named[];
  translations: readonly TranslationSource[];
}

/** A record and where it goes: its path under the site's base. */
export interface OembedFile {
  path: string;
  record: OembedRecord;
}

/** Every claim's record in English, and each translated claim's in the language it is translated into. */
export function oembedRecords(source: OembedSource, site: URL, base: string): OembedFile[] {
  const key = (collection: TranslatedCollection, slug: string, locale: Locale) => `${collection}/${slug}.${locale}`;
  const translations = new Map(
    source.translations.map((entry) => [key(entry.collection, entry.slug, entry.locale), entry]),
  );
  const actorNames = new Map(source.actors.map((actor) => [actor.id, actor.data.name]));
  const editorNames = new Map(source.editors.map((editor) => [editor.id, editor.data.name]));
  const english = createUrls(base);
  return LOCALE_LIST.flatMap((locale) => {
    const translationOf = (collection: TranslatedCollection, slug: string) =>
      locale === ENTRY_LOCALE ? undefined : translations.get(key(collection, slug, locale));
    const urls = createUrls(base, locale, (collection, slug) => translationOf(collection, slug) !== undefined);
    const view = { urls, t: translator(locale) };
    const nameOf = (slug: string) => {
      const translated = translationOf('actors', slug);
      return translated ? String(translatedWords(translated.data)['name']) : (actorNames.get(slug) ?? slug);
    };
    return source.claims.flatMap((claim): OembedFile[] => {
      const translated = translationOf('claims', claim.id);
      if (locale !== ENTRY_LOCALE && translated === undefined) return [];
      const words = translated && { ...claim.data, ...translatedWords(translated.data) };
      const credit =
        translated &&
        translationView(translated.data, english.claim(claim.id), {
          editorNameOf: (slug) => editorNames.get(slug) ?? slug,
        });
      const box = claimBox(
        words ? { id: claim.id, data: words } : claim,
        nameOf(claim.data.claimant),
        view,
        site,
        credit,
      );
      return [{ path: urls.claimOembed(claim.id), record: oembedRecord(box, site, urls) }];
    });
  });
}
