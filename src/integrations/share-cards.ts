// Share cards in the build: their routes are rendered after every page, so that the cards started
// ahead (drawShareCardAhead) are drawn by the card workers while the build's own thread renders
// pages, instead of one after the other. And the build's log says how many cards were drawn and
// how many came from the cache, and what a card cost to draw: the figures the benchmark reads and a
// rebuild's test counts.
import type { AstroIntegration } from 'astro';
import { cardStats } from '../lib/cards/render-card.ts';
import { CARDS_FOLDER } from '../lib/urls.ts';

/** Paths to render with share cards last, each group in the order it came. */
function cardsLast<Path extends { route: { route: string } }>(paths: readonly Path[]): Path[] {
  const isCard = (path: Path) => path.route.route.startsWith(`/${CARDS_FOLDER}`);
  return [...paths.filter((path) => !isCard(path)), ...paths.filter(isCard)];
}

export default function shareCards(): AstroIntegration {
  return {
    name: 'contested:share-cards',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astro) => ({
          name: 'contested:share-cards-last',
          setup: async () => {
            await astro.setup?.();
          },
          getStaticPaths: async () => cardsLast(await astro.getStaticPaths()),
          render: (request, options) => astro.render(request, options),
          teardown: async () => {
            await astro.teardown?.();
          },
        }));
      },
      'astro:build:done': ({ logger }) => {
        const { drawn, reused, milliseconds } = cardStats();
        // Cards are drawn several at a time, so this is how long one took, not what it added to the build.
        const each = drawn > 0 ? `, ${(milliseconds / drawn).toFixed(0)} ms to draw each` : '';
        logger.info(`share cards: ${drawn} drawn, ${reused} from the cache${each}`);
      },
    },
  };
}
