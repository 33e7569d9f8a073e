// Says in the build's log how many share cards were drawn and how many came from the cache, and what
// a card cost to draw: the figures the benchmark reads and a rebuild's test counts.
import type { AstroIntegration } from 'astro';
import { cardStats } from '../lib/cards/render-card.ts';

export default function shareCards(): AstroIntegration {
  return {
    name: 'contested:share-cards',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const { drawn, reused, milliseconds } = cardStats();
        // Cards are drawn several at a time, so this is how long one took, not what it added to the build.
        const each = drawn > 0 ? `, ${(milliseconds / drawn).toFixed(0)} ms to draw each` : '';
        logger.info(`share cards: ${drawn} drawn, ${reused} from the cache${each}`);
      },
    },
  };
}
