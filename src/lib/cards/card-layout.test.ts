import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../content/schema.ts';
import { t } from '../__fixtures__/view-context.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, layoutCard, TITLE_SIZES, type CardInput } from './card-layout.ts';
import { cardTextWidth } from './text-width.ts';

const base: CardInput = {
  kind: 'Claim',
  status: { label: 'Status: Unverified', colour: '#a35f00' },
  title: "Russia's defence ministry says 42 drones targeted Crimea and none reached their targets",
  details: ['Claimed by Russian Ministry of Defence on 9 November 2023'],
  siteName: 'Contested',
};
const palette = { background: '#fff', text: '#111', muted: '#555' };

/** Widths as the card's fonts set them. */
const width = cardTextWidth();
const MARGIN = 72;
const layout = (input: CardInput) => layoutCard(input, width);

function expectInside(input: CardInput) {
  const card = layout(input);
  for (const text of card.texts) {
    expect(text.y - text.size).toBeGreaterThanOrEqual(0);
    expect(text.y).toBeLessThanOrEqual(CARD_HEIGHT);
    const [left, right] =
      text.anchor === 'start'
        ? [text.x, text.x + width(text.text, text.size, text.weight)]
        : [text.x - width(text.text, text.size, text.weight), text.x];
    expect(left, text.text).toBeGreaterThanOrEqual(MARGIN);
    expect(right, text.text).toBeLessThanOrEqual(CARD_WIDTH - MARGIN);
  }
  // The heading stops short of the site's name across from it.
  const [heading, siteName] = card.texts;
  if (heading && siteName)
    expect(heading.x + width(heading.text, heading.size, heading.weight)).toBeLessThan(
      siteName.x - width(siteName.text, siteName.size, siteName.weight),
    );
  // Lines never overlap: each baseline is at least a line below the one above it.
  const byY = [...card.texts].filter((t) => t.anchor === 'start').sort((a, b) => a.y - b.y);
  for (const [index, text] of byY.entries()) {
    if (index > 0) expect(text.y - (byY[index - 1]?.y ?? 0)).toBeGreaterThanOrEqual(text.size);
  }
  return card;
}

describe('share card layout', () => {
  it('is 1200 × 630, with the site name, the status in words and the title', () => {
    const layout = expectInside(base);
    expect([layout.width, layout.height]).toEqual([1200, 630]);
    const texts = layout.texts.map((text) => text.text);
    expect(texts).toContain('Contested');
    expect(texts).toContain('Claim · Status: Unverified');
    expect(texts.join(' ')).toContain(base.title);
    expect(layout.texts.find((text) => text.text.startsWith('Russia'))?.size).toBe(TITLE_SIZES[0]);
  });

  it.each(CLAIM_STATUSES)('says the status %s in words and in its colour', (status) => {
    const label = t(`status.${status}.label`);
    const svg = cardSvg(layout({ ...base, status: { label: `Status: ${label}`, colour: '#123456' } }), palette);
    expect(svg).toContain(`Claim · Status: ${label}`);
    expect(svg).toContain('fill="#123456"');
  });

  it('sets a long title smaller, and cuts only what can never fit, with an ellipsis', () => {
    const long = expectInside({ ...base, title: `${'A very long claim title that goes on '.repeat(3)}and ends` });
    expect(long.texts.find((text) => text.text.startsWith('A very'))?.size).toBeLessThan(TITLE_SIZES[0]);
    expect(long.texts.map((text) => text.text).join(' ')).toContain('and ends');
    const endless = expectInside({ ...base, title: 'word '.repeat(200) });
    expect(endless.texts.some((text) => text.text.endsWith('…'))).toBe(true);
  });

  it('wraps a claimant with a long name within the card', () => {
    const layout = expectInside({
      ...base,
      details: [
        'Claimed by The Extraordinarily Long-Named Joint Coordination Headquarters for the Treatment of Prisoners of War on 6 March 2024',
      ],
    });
    expect(layout.texts.filter((text) => text.size === 28).length).toBeGreaterThan(1);
  });

  it('breaks a line only where the next word would not fit, as the fonts set it', () => {
    const card = expectInside({ ...base, title: `${base.title}, and that ${'more words follow '.repeat(3)}here` });
    const title = card.texts.filter((text) => text.size === card.texts[2]?.size && text.weight === 700);
    expect(title.length).toBeGreaterThan(1);
    for (const [index, line] of title.slice(0, -1).entries()) {
      const nextWord = title[index + 1]?.text.split(' ')[0] ?? '';
      expect(width(`${line.text} ${nextWord}`, line.size, 700)).toBeGreaterThan(CARD_WIDTH - 2 * MARGIN);
    }
  });

  it('keeps who claimed it and when on one line when they fit, leaving no word alone', () => {
    const card = expectInside({ ...base, details: ['Claimed by Ukrainian military intelligence on 9 November 2023'] });
    expect(card.texts.filter((text) => text.size === 28).map((text) => text.text)).toEqual([
      'Claimed by Ukrainian military intelligence on 9 November 2023',
    ]);
  });

  it('escapes what it writes into the SVG', () => {
    expect(cardSvg(layout({ ...base, title: 'A says <b> & "c"' }), palette)).toContain(
      'A says &lt;b&gt; &amp; &quot;c&quot;',
    );
  });
});
