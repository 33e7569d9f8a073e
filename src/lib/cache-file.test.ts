import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCacheFile, writeCacheFile } from './cache-file.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'cache-file-'));
const isText = (value: unknown): value is string => typeof value === 'string';

describe('a cache file kept between builds', () => {
  it('gives back what the same code wrote, in a folder it makes', () => {
    const file = join(scratch(), 'maps', 'land.json');
    expect(writeCacheFile(file, 'code-1', new Map([['frame-a', 'M0 0Z']]))).toBeUndefined();
    expect([...readCacheFile(file, 'code-1', isText)]).toEqual([['frame-a', 'M0 0Z']]);
  });

  it('gives nothing that other code wrote', () => {
    const file = join(scratch(), 'land.json');
    writeCacheFile(file, 'old code', new Map([['frame-a', 'M0 0Z']]));
    expect(readCacheFile(file, 'new code', isText).size).toBe(0);
  });

  it('gives nothing from a file that is missing, cut short or of another shape, and only entries of the right kind', () => {
    const folder = scratch();
    expect(readCacheFile(join(folder, 'none.json'), 'code-1', isText).size).toBe(0);
    const file = join(folder, 'cache.json');
    writeFileSync(file, '{"code": "code-1", "entries": ');
    expect(readCacheFile(file, 'code-1', isText).size).toBe(0);
    writeFileSync(file, JSON.stringify({ code: 'code-1', entries: null }));
    expect(readCacheFile(file, 'code-1', isText).size).toBe(0);
    writeFileSync(file, JSON.stringify({ code: 'code-1', entries: { a: 'M0 0Z', b: 7 } }));
    expect([...readCacheFile(file, 'code-1', isText)]).toEqual([['a', 'M0 0Z']]);
  });

  it('says why it could not write, leaving the last file whole and no part of the new one', () => {
    const folder = scratch();
    const file = join(folder, 'cache.json');
    writeCacheFile(file, 'code-1', new Map([['a', 'kept']]));
    // A value JSON cannot hold: the write fails midway, as a full disk would.
    const error = writeCacheFile(file, 'code-1', new Map([['b', 1n]]));
    expect(error).toBeInstanceOf(Error);
    expect([...readCacheFile(file, 'code-1', isText)]).toEqual([['a', 'kept']]);
    expect(readdirSync(folder)).toEqual(['cache.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ code: 'code-1', entries: { a: 'kept' } });
  });

  it('says why it could not write where no folder can be made', () => {
    const folder = scratch();
    writeFileSync(join(folder, 'maps'), '');
    expect(writeCacheFile(join(folder, 'maps', 'land.json'), 'code-1', new Map())?.message).toMatch(/EEXIST|ENOTDIR/);
  });
});
