// Share cards in the build, in every language (a translated claim's and actor's, and the site's, in
// Ukrainian and Russian too), written by this step rather than by Astro's routes: at 10,000 claims,
// 10,000 card routes cost the build's one rendering thread about as much as 10,000 pages, though a
// card needs nothing of Astro. Once the content is validated, the site's card and every claim's and
// actor's that is not in the cache is handed to the card workers (src/lib/cards/draw-pool.ts), which
// draw while Astro loads the content and renders the pages; when it is done, each card is linked from the cache into the site
// (src/lib/link-files.ts). The cards come from the validated content through the same functions the
// dev server's routes use (src/lib/cards/site-cards.ts). The log says how many cards were drawn and
// how many came from the cache, and what a card cost to draw: the figures the benchmark reads and a
// rebuild's test counts.
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardPalette } from '../lib/cards/card-palette.ts';
import { linkOrCopy } from '../lib/link-files.ts';
import { drawOnEveryCore } from '../lib/cards/draw-pool.ts';
import { cardInCache, cardStats, drawCardAhead } from '../lib/cards/render-card.ts';
import { cardSvgOf, siteCards, type SiteCard } from '../lib/cards/site-cards.ts';
import { asCollectionEntry } from '../lib/content/rules.ts';
import type { ValidationResult } from '../lib/content/validate.ts';
import { translator } from '../lib/i18n/translator.ts';
import { buildSettings } from '../lib/site.ts';
import { createUrls } from '../lib/urls.ts';
import type { ViewContext } from '../lib/views/common.ts';
import { DEFAULT_LOCALE, LOCALE_LIST, type Locale } from '../lib/i18n/locales.ts';
import type { TranslatedCollection } from '../lib/content/collections.ts';
import { translatedWords } from '../lib/content/schemas/translation.ts';

/**
 * The cards in one language: the entries' words in it where translated (else in English, as the
 * pages of that language show them), its words and addresses, and which entries have a card in it.
 */
function cardsIn(content: ValidationResult, base: string, locale: Locale) {
  const { actors, incidents, editors, places, translations } = content;
  const inLocale = new Map(
    translations
      .filter((translation) => translation.language === locale)
      .map((translation) => [`${translation.collection}/${translation.slug}`, translatedWords(translation.data)]),
  );
  const written = (collection: TranslatedCollection, slug: string) =>
    locale === DEFAULT_LOCALE || inLocale.has(`${collection}/${slug}`);
  const wordsOf = <Data extends object>(collection: TranslatedCollection, slug: string, data: Data): Data => {
    const words = inLocale.get(`${collection}/${slug}`);
    return words === undefined ? data : { ...data, ...words };
  };
  // An entry is copied only where its words change: most are not translated into a given language.
  const inWords = <Entry extends { id: string; data: object }>(collection: TranslatedCollection, entry: Entry) => {
    const data = wordsOf(collection, entry.id, entry.data);
    return data === entry.data ? entry : { ...entry, data };
  };
  const claims = content.claims.map(asCollectionEntry).map((claim) => inWords('claims', claim));
  const actorEntries = actors.map(asCollectionEntry).map((actor) => inWords('actors', actor));
  const lookup = (pairs: [string, string][]) => {
    const bySlug = new Map(pairs);
    return (slug: string) => bySlug.get(slug) ?? slug;
  };
  const view: ViewContext = {
    nameOf: lookup(actorEntries.map((actor) => [actor.id, actor.data.name])),
    incidentTitleOf: lookup(
      incidents.map((incident) => [incident.slug, wordsOf('incidents', incident.slug, incident.data).title]),
    ),
    editorNameOf: lookup(editors.map((editor) => [editor.slug, editor.data.name])),
    placeNameOf: lookup(places.map((place) => [place.slug, wordsOf('places', place.slug, place.data).name])),
    placeParentOf: (slug) => places.find((place) => place.slug === slug)?.data.parent,
    langOf: () => undefined,
    urls: createUrls(base, locale, written),
    t: translator(locale),
  };
  return { claims, actors: actorEntries, view, written };
}

/** @param content the validated content, known once it has been validated. */
export default function shareCards(content: () => ValidationResult): AstroIntegration {
  let base = '/';
  let root: URL | undefined;
  let cards: { card: SiteCard; svg: string }[] = [];
  const { cacheDir } = buildSettings();
  return {
    name: 'contested:share-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = config.root;
      },
      // The content is validated (content-validation runs first) and every card is known, so the
      // workers start drawing now, while Astro loads the content, which keeps one core busy and left
      // the other idle: about 25 s at 10,000 claims, where the wait for cards after the last page
      // fell from 76 to 58 s.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        base = config.base;
        root = config.root;
        const palette = cardPalette(readFileSync(new URL('src/styles/palette.css', root), 'utf8'));
        // Every language's cards: a page's card is in the page's language, as its alt text is.
        cards = LOCALE_LIST.flatMap((locale) => {
          const { claims, actors, view, written } = cardsIn(content(), base, locale);
          return siteCards(claims, actors, view, palette, written);
        }).map((card) => ({ card, svg: cardSvgOf(card.input, palette) }));
        for (const { svg } of cards) drawCardAhead(svg, cacheDir);
      },
      // Every page is rendered: the build's own core can draw what the workers have not yet drawn.
      'astro:build:generated': () => drawOnEveryCore(),
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const home = createUrls(base).home();
        await Promise.all(
          cards.map(async ({ card, svg }) => {
            let file: string;
            try {
              file = await cardInCache(svg, cacheDir);
            } catch (error) {
              throw new Error(
                `The share card of ${card.page} could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
                { cause: error },
              );
            }
            const target = join(outDir, card.path.slice(home.length));
            mkdirSync(dirname(target), { recursive: true });
            linkOrCopy(file, target);
          }),
        );
        const { drawn, reused, milliseconds } = cardStats();
        // Cards are drawn several at a time, so this is how long one took, not what it added to the build.
        const each = drawn > 0 ? `, ${(milliseconds / drawn).toFixed(0)} ms to draw each` : '';
        logger.info(`share cards: ${drawn} drawn, ${reused} from the cache${each}`);
      },
    },
  };
}
