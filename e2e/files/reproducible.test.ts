// A second, cold build of the real site (its own output folder and cache) is byte-identical to dist/:
// the same content always publishes the same files.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../../scripts/astro-site.ts';
import { builtFiles } from '../../src/lib/page-weight.ts';
import { site } from '../sites.ts';

function digests(dir: string): Map<string, string> {
  return new Map(
    builtFiles(dir)
      .filter((file) => statSync(join(dir, file)).isFile())
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

it('builds the same files byte for byte a second time, from a cold cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-rebuild-'));
  try {
    buildSite({ OUT_DIR: join(scratch, 'dist'), CACHE_DIR: join(scratch, 'cache') });
    const first = digests(site.outDir);
    const second = digests(join(scratch, 'dist'));
    expect(first.size).toBeGreaterThan(20);
    const differing = [...new Set([...first.keys(), ...second.keys()])].filter((f) => first.get(f) !== second.get(f));
    expect(differing).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 120_000);
