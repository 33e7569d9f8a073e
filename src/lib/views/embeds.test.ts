import { describe, expect, it } from 'vitest';
import { CLAIM_DEFAULTS, sampleClaim } from '../__fixtures__/claims.ts';
import type { ClaimData } from '../content/schema.ts';
import type { ClaimLike } from '../claims.ts';
import { t } from '../__fixtures__/view-context.ts';
import { createUrls } from '../urls.ts';
import { translator } from '../i18n/translator.ts';
import {
  blocksHeight,
  breakdownEmbed,
  claimBox,
  EMBED_BOX,
  EMBED_WIDTH,
  frameHeight,
  incidentEmbed,
  oembedRecord,
} from './embeds.ts';
import { breakdownFigure } from './figures.ts';
import { incidentSummary } from './incidents.ts';

const claim = (id: string, data: Partial<ClaimData> = {}): ClaimLike =>
  sampleClaim(id, { status: 'disputed', ...data });
const urls = createUrls('/contested/');
/** What the embeds are worded and linked with. */
const context = { urls, t };
const site = new URL('https://example.org');

describe('the height of a frame', () => {
  const text = { size: 16, lineHeight: 20 };

  it('is the box around its parts, with a gap between each two', () => {
    expect(blocksHeight([{ height: 30 }, { height: 10 }], 320)).toBe(40 + EMBED_BOX.vertical + EMBED_BOX.gap);
    expect(blocksHeight([{ text: 'Short', ...text }], 700)).toBe(20 + EMBED_BOX.vertical);
  });

  it('counts the lines text wraps to, more of them in a narrow frame', () => {
    const long = { text: 'word '.repeat(60), ...text };
    expect(blocksHeight([long], 320)).toBeGreaterThan(blocksHeight([long], 700));
    // Bold text is wider, so it wraps sooner.
    expect(blocksHeight([{ ...long, bold: true }], 320)).toBeGreaterThan(blocksHeight([long], 320));
    // Cyrillic letters are wider than Latin ones: as many of them wrap sooner.
    const cyrillic = { text: 'слово '.repeat(50), ...text };
    expect(blocksHeight([cyrillic], 320)).toBeGreaterThan(blocksHeight([{ ...text, text: 'words '.repeat(50) }], 320));
  });

  it('scales a drawing with its width, up to its largest size', () => {
    const drawing = { aspect: 0.5, maxWidth: 336 };
    expect(blocksHeight([drawing], 320)).toBe((320 - EMBED_BOX.horizontal) * 0.5 + EMBED_BOX.vertical);
    expect(blocksHeight([drawing], 700)).toBe(336 * 0.5 + EMBED_BOX.vertical);
  });

  it('is the tallest at any width an embed is drawn for, rounded up to 10 px', () => {
    const blocks = [{ text: 'word '.repeat(60), ...text }];
    const tallest = Math.max(blocksHeight(blocks, 320), blocksHeight(blocks, 700));
    expect(frameHeight(blocks)).toBe(Math.ceil(tallest / 10) * 10);
    expect(frameHeight(blocks) % 10).toBe(0);
  });
});

describe("a claim's status box", () => {
  const updated = claim('a-claim', {
    title: 'Ministry A says "a thing" <happened>',
    updates: [{ date: '2024-02-03', status: 'disputed', note: 'Government B denied it.' }],
  });
  const box = claimBox(updated, 'Ministry A', context, site);

  it('says the status, who claimed it, how its day is known, and the day the status is current as of', () => {
    expect(box).toMatchObject({
      title: 'Ministry A says "a thing" <happened>',
      href: '/contested/claims/a-claim/',
      status: 'disputed',
      statusLabel: 'Disputed',
      claimant: 'Ministry A',
      claimedOn: { label: 'Reported by', day: '2024-01-10' },
      asOf: '2024-02-03',
      definitionHref: '/contested/methodology/#status-disputed',
      definitionLabel: 'What “disputed” means',
    });
    expect(claimBox(claim('b', { claimedOnKind: 'statement-day' }), 'Ministry A', context, site).claimedOn.label).toBe(
      'Claimed on',
    );
  });

  it('gives a snippet that frames it from its absolute address, named, sized and escaped', () => {
    expect(box.frame).toMatchObject({ src: 'https://example.org/contested/claims/a-claim/embed/', width: EMBED_WIDTH });
    expect(box.frame.snippet).toBe(
      `<iframe src="https://example.org/contested/claims/a-claim/embed/" width="600" height="${box.frame.height}" ` +
        'title="Contested: the status of the claim “Ministry A says &quot;a thing&quot; &lt;happened&gt;”" ' +
        'loading="lazy" style="max-width: 100%; border: 0"></iframe>',
    );
  });

  it('is taller for a title that wraps to more lines', () => {
    const long = claimBox(claim('c', { title: 'Ministry A says '.repeat(12) }), 'Ministry A', context, site);
    expect(long.frame.height).toBeGreaterThan(claimBox(claim('d'), 'Ministry A', context, site).frame.height);
  });

  it('says in a translation how it was made and whether it is reviewed, in a line its frame makes room for', () => {
    const uk = { urls: createUrls('/contested/', 'uk', () => true), t: translator('uk') };
    const credit = { method: 'machine-assisted', translator: undefined, reviewer: undefined } as const;
    const translated = claimBox(claim('d'), 'Міністерство А', uk, site, {
      ...credit,
      original: '/contested/claims/d/',
    });
    expect(translated.translation).toEqual({
      text: 'Переклад з англійської, зроблений за допомогою машинного перекладу. Носій мови його ще не перевірив.',
      original: '/contested/claims/d/',
      originalLabel: 'Читати англійською',
    });
    expect(translated.frame.src).toBe('https://example.org/contested/uk/claims/d/embed/');
    expect(translated.frame.height).toBeGreaterThan(claimBox(claim('d'), 'Міністерство А', uk, site).frame.height);
    const reviewed = claimBox(claim('d'), 'Міністерство А', uk, site, {
      ...credit,
      reviewer: 'Editor',
      original: '/contested/claims/d/',
    });
    expect(reviewed.translation?.text).toBe('Переклад з англійської, зроблений за допомогою машинного перекладу.');
    expect(claimBox(claim('d'), 'Ministry A', context, site).translation).toBeUndefined();
  });

  it('is handed out as oEmbed: a rich type with the snippet and its size', () => {
    expect(oembedRecord(box, site, urls)).toEqual({
      version: '1.0',
      type: 'rich',
      title: box.title,
      provider_name: 'Contested',
      provider_url: 'https://example.org/contested/',
      html: box.frame.snippet,
      width: 600,
      height: box.frame.height,
    });
  });
});

describe("a claim's chart, embedded", () => {
  const breakdown = {
    total: 42,
    unit: 'drones',
    parts: [
      { label: 'Destroyed', count: 9 },
      { label: 'Jammed', count: 33 },
    ],
  };
  const reported = claim('tally', {
    sources: [
      { title: 'Later report', date: '2024-03-07' },
      { title: 'A report', date: '2024-01-10' },
      { title: 'Same day', date: '2024-01-10' },
    ],
  });
  const embed = breakdownEmbed(
    reported,
    breakdownFigure(reported, breakdown, 'Ministry A', context),
    'Ministry A',
    context,
    site,
  );

  it('says whose figures they are and each day they were reported, once, in order', () => {
    expect(embed.source).toBe(
      'Source: figures claimed by Ministry A, as reported on 10 January 2024 and 7 March 2024.',
    );
    expect(embed.claim).toEqual({ title: CLAIM_DEFAULTS.title, href: '/contested/claims/tally/' });
    expect(embed.figure.unverifiedNote?.label).toBe('disputed');
  });

  it('is framed from its own address, tall enough for the drawing at its largest', () => {
    expect(embed.frame.src).toBe('https://example.org/contested/claims/tally/embed/breakdown/');
    expect(embed.frame.height).toBeGreaterThan((embed.figure.layout.height / embed.figure.layout.width) * 336);
  });
});

describe("an incident's status bar, embedded", () => {
  it('carries the incident summary and a frame at its own address', () => {
    const summary = incidentSummary(
      { id: 'an-incident', data: { title: 'An incident', date: '2024-01-10' } },
      [claim('a'), claim('b', { status: 'unverified' })],
      { urls, placeNameOf: (slug) => slug, t: context.t, langOf: () => undefined },
    );
    const embed = incidentEmbed(summary, context, site);
    expect(embed.frame.src).toBe('https://example.org/contested/incidents/an-incident/embed/');
    expect(embed.frame.title).toBe('Contested: the claims of “An incident” by status');
    expect(embed.methodHref).toBe('/contested/methodology/');
  });
});
