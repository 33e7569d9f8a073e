import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '../content/schema.ts';
import { STATUS_WORDING } from '../wording.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardSvg, layoutCard, TITLE_SIZES, type CardInput } from './card-layout.ts';

const base: CardInput = {
  kind: 'Claim',
  status: { label: 'Unverified', colour: '#a35f00' },
  title: "Russia's defence ministry says 42 drones targeted Crimea and none reached their targets",
  details: ['Claimed by Russian Ministry of Defence on 9 November 2023'],
  siteName: 'Contested',
};
const palette = { background: '#fff', text: '#111', muted: '#555' };

/** A generous estimate of a line's width in DejaVu Sans Bold. */
const width = (text: string, size: number) => text.length * size * 0.62;

function expectInside(input: CardInput) {
  const layout = layoutCard(input);
  for (const text of layout.texts) {
    expect(text.y - text.size).toBeGreaterThanOrEqual(0);
    expect(text.y).toBeLessThanOrEqual(CARD_HEIGHT);
    const right = text.anchor === 'start' ? text.x + width(text.text, text.size) : text.x;
    expect(right, text.text).toBeLessThanOrEqual(CARD_WIDTH);
  }
  // Lines never overlap: each baseline is at least a line below the one above it.
  const byY = [...layout.texts].filter((t) => t.anchor === 'start').sort((a, b) => a.y - b.y);
  for (const [index, text] of byY.entries()) {
    if (index > 0) expect(text.y - (byY[index - 1]?.y ?? 0)).toBeGreaterThanOrEqual(text.size);
  }
  return layout;
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
    const label = STATUS_WORDING[status].label;
    const svg = cardSvg(layoutCard({ ...base, status: { label, colour: '#123456' } }), palette);
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

  it('escapes what it writes into the SVG', () => {
    expect(cardSvg(layoutCard({ ...base, title: 'A says <b> & "c"' }), palette)).toContain(
      'A says &lt;b&gt; &amp; &quot;c&quot;',
    );
  });
});
