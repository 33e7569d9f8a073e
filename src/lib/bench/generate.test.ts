import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readContentFiles, validateContentFiles, type ContentFile } from '../content/validate.ts';
import { ACTOR_COUNT, CLAIMS_PER_INCIDENT, generateContent, TRANSLATED_EVERY } from './generate.ts';

/** The generated content as a folder, read as the validator reads content/, so a missing file counts. */
function asContentFiles(count: number): ContentFile[] {
  const dir = mkdtempSync(join(tmpdir(), 'contested-generated-'));
  for (const { path, text } of generateContent(count)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return readContentFiles(dir);
}

describe('the benchmark content', () => {
  const files = asContentFiles(400);
  const { problems, claims, actors, incidents, places, translations } = validateContentFiles(files, {
    today: '2026-11-27',
  });

  it('passes every content rule', () => {
    expect(problems.slice(0, 5)).toEqual([]);
    expect(claims).toHaveLength(400);
    expect(actors).toHaveLength(ACTOR_COUNT);
  });

  it('translates every actor and a tenth of the claims into Ukrainian and Russian', () => {
    for (const language of ['uk', 'ru']) {
      const into = translations.filter((translation) => translation.language === language);
      expect(into.filter((translation) => translation.collection === 'actors')).toHaveLength(ACTOR_COUNT);
      expect(into.filter((translation) => translation.collection === 'claims')).toHaveLength(400 / TRANSLATED_EVERY);
    }
  });

  it('has a place for every 40 claims, five named by half the claims, and points, settlements and areas within them', () => {
    expect(places).toHaveLength(5 + 10);
    const named = (slug: string) => claims.filter((claim) => claim.data.places?.includes(slug)).length;
    expect(named('place-0')).toBe(40);
    expect(new Set(places.map((place) => place.data.precision))).toEqual(
      new Set(['region', 'point', 'settlement', 'area']),
    );
    expect(places.filter((place) => place.data.parent).length).toBe(10);
  });

  it('has every status, in proportions like half unverified', () => {
    const share = (status: string) => claims.filter((claim) => claim.data.status === status).length / claims.length;
    expect(share('unverified')).toBeGreaterThan(0.4);
    expect(share('unverified')).toBeLessThan(0.6);
    for (const status of ['disputed', 'corroborated', 'confirmed', 'refuted']) expect(share(status)).toBeGreaterThan(0);
  });

  it('has at least four sides, breakdowns, related claims, aliases, updates and three years of dates', () => {
    expect(new Set(actors.map((actor) => actor.data.affiliation)).size).toBeGreaterThanOrEqual(4);
    expect(claims.filter((claim) => claim.data.breakdown).length).toBeGreaterThan(20);
    expect(claims.some((claim) => claim.data.related)).toBe(true);
    expect(claims.some((claim) => claim.data.aliases)).toBe(true);
    expect(claims.some((claim) => claim.data.updates)).toBe(true);
    const days = claims.map((claim) => claim.data.claimedOn).sort();
    expect(days[0]?.slice(0, 4)).toBe('2023');
    expect(days.at(-1)?.slice(0, 4)).toBe('2025');
  });

  it('files every claim under an incident, 500 incidents for 10,000 claims', () => {
    expect(incidents).toHaveLength(400 / CLAIMS_PER_INCIDENT);
    expect(generateContent(10_000).filter((file) => file.path.startsWith('incidents/'))).toHaveLength(500);
    expect(new Set(claims.map((claim) => claim.data.incident)).size).toBe(incidents.length);
    // Generating 10,000 claims' files takes a few seconds, more on a busy machine.
  }, 30_000);

  it('is the same every time', () => {
    expect(generateContent(50)).toEqual(generateContent(50));
  });
});
