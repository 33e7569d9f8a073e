// A second, cold build of the real site (its own output folder and cache) is byte-identical to dist/:
// the same content always publishes the same files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from '../../scripts/astro-site.ts';
import { site } from '../sites.ts';
import { differingFiles } from './compare-builds.ts';

it('builds the same files byte for byte a second time, from a cold cache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'contested-rebuild-'));
  try {
    buildSite({ OUT_DIR: join(scratch, 'dist'), CACHE_DIR: join(scratch, 'cache') });
    const { differing, files } = differingFiles(site.outDir, join(scratch, 'dist'));
    expect(files).toBeGreaterThan(20);
    expect(differing).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}, 120_000);
