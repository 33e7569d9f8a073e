import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { linkOrCopy, linkTree } from './link-files.ts';

let scratch = '';
const folder = (name: string) => {
  scratch ||= mkdtempSync(join(tmpdir(), 'contested-links-'));
  const path = join(scratch, name);
  mkdirSync(path, { recursive: true });
  return path;
};
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = '';
});

describe('linkTree', () => {
  it('links every file to the same path, sharing its bytes, and leaves files already there', () => {
    const cache = folder('cache');
    const site = folder('site');
    mkdirSync(join(cache, 'claims/a'), { recursive: true });
    writeFileSync(join(cache, 'claims/a/index.html'), 'cached a');
    writeFileSync(join(cache, 'index.html'), 'cached home');
    writeFileSync(join(site, 'index.html'), 'rendered home');

    expect(linkTree(cache, site)).toEqual(['claims/a/index.html']);
    expect(statSync(join(site, 'claims/a/index.html')).ino).toBe(statSync(join(cache, 'claims/a/index.html')).ino);
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('rendered home');
  });

  it('makes the folders it links into, the output folder among them', () => {
    const cache = folder('cache');
    mkdirSync(join(cache, 'uk/claims/a/embed'), { recursive: true });
    writeFileSync(join(cache, 'uk/claims/a/embed/index.html'), 'box');
    writeFileSync(join(cache, 'uk/claims/a/index.html'), 'page');
    const site = join(folder('out'), 'dist');
    expect(linkTree(cache, site).sort()).toEqual(['uk/claims/a/embed/index.html', 'uk/claims/a/index.html']);
    expect(readFileSync(join(site, 'uk/claims/a/embed/index.html'), 'utf8')).toBe('box');
  });

  it('links nothing from a cache that does not exist yet', () => {
    expect(linkTree(join(folder('x'), 'missing'), folder('site'))).toEqual([]);
  });
});

describe('linkOrCopy', () => {
  it('replaces what the target held', () => {
    const from = join(folder('cards'), 'card.png');
    const to = join(folder('site'), 'card.png');
    writeFileSync(from, 'new card');
    writeFileSync(to, 'old card');
    linkOrCopy(from, to);
    expect(readFileSync(to, 'utf8')).toBe('new card');
    expect(statSync(to).ino).toBe(statSync(from).ino);
  });
});
