import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { landCodeKey, restoreLand } from './land-cache.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'land-cache-'));

describe('the land kept between builds', () => {
  it('gives a later build the land an earlier one drew with the same code', () => {
    const file = join(scratch(), 'maps', 'land.json');
    const first = new Map<string, string>();
    const save = restoreLand(first, file, 'code-1');
    first.set('frame-a', 'M0 0L10 10Z');
    save();
    const second = new Map<string, string>();
    restoreLand(second, file, 'code-1');
    expect([...second]).toEqual([['frame-a', 'M0 0L10 10Z']]);
  });

  it('gives nothing drawn by other code, and writes over it', () => {
    const file = join(scratch(), 'land.json');
    const first = new Map<string, string>();
    const save = restoreLand(first, file, 'old code');
    first.set('frame-a', 'M0 0Z');
    save();
    const second = new Map<string, string>();
    const saveSecond = restoreLand(second, file, 'new code');
    expect(second.size).toBe(0);
    second.set('frame-b', 'M1 1Z');
    saveSecond();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ code: 'new code', entries: { 'frame-b': 'M1 1Z' } });
  });

  // What a cache file holds, and what it gives back from a damaged one, is cache-file.test.ts's: here
  // only what the land adds, a drawing being text and a build that drew nothing new writing nothing.
  it('keeps only drawings that are text, and writes nothing back when it drew nothing new', () => {
    const file = join(scratch(), 'land.json');
    const stored = JSON.stringify({ code: 'code-1', entries: { 'frame-a': 'M0 0Z', 'frame-b': 7 } });
    writeFileSync(file, stored);
    const drawn = new Map<string, string>();
    restoreLand(drawn, file, 'code-1')();
    expect([...drawn]).toEqual([['frame-a', 'M0 0Z']]);
    expect(readFileSync(file, 'utf8')).toBe(stored);
  });

  it('warns, and lets the build end, when the drawings cannot be written', () => {
    const folder = scratch();
    // A file where the cache's folder should be: nothing can be written under it.
    writeFileSync(join(folder, 'maps'), '');
    const file = join(folder, 'maps', 'land.json');
    const warnings: string[] = [];
    const drawn = new Map<string, string>();
    const save = restoreLand(drawn, file, 'code-1', (message) => warnings.push(message));
    drawn.set('frame-a', 'M0 0Z');
    expect(save).not.toThrow();
    expect(warnings).toEqual([expect.stringContaining(`the land drawn was not kept for the next build (${file})`)]);
  });

  it('keys the drawings by the map code, in every folder of it, and the lockfile, and has no key outside a project', () => {
    const root = scratch();
    expect(landCodeKey(root)).toBeUndefined();
    mkdirSync(join(root, 'src/lib/maps'), { recursive: true });
    writeFileSync(join(root, 'src/lib/maps/land.ts'), 'export {}');
    writeFileSync(join(root, 'package-lock.json'), '{}');
    const before = landCodeKey(root);
    writeFileSync(join(root, 'src/lib/maps/svg-path.ts'), 'export const spacing = 2');
    const afterCode = landCodeKey(root);
    mkdirSync(join(root, 'src/lib/maps/data'));
    writeFileSync(join(root, 'src/lib/maps/data/coasts.ts'), 'export const detail = 50');
    const afterNested = landCodeKey(root);
    writeFileSync(join(root, 'package-lock.json'), '{"d3-geo": "3.1.1"}');
    expect(new Set([before, afterCode, afterNested, landCodeKey(root)]).size).toBe(4);
  });
});
