// npm run reproducible: builds the site again from scratch (own output folder, cold cache) and checks
// that every file is byte-identical to dist/. Part of npm test, after the main build.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSettings } from '../src/lib/site.ts';

const { outDir } = buildSettings();

function digests(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(join(dir, file)).isFile())
      .sort()
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(join(dir, file)))
          .digest('hex'),
      ]),
  );
}

const scratch = mkdtempSync(join(tmpdir(), 'contested-rebuild-'));
const rebuild = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: join(scratch, 'dist'), CACHE_DIR: join(scratch, 'cache') },
});
if (rebuild.status !== 0) process.exit(rebuild.status ?? 1);

const first = digests(outDir);
const second = digests(join(scratch, 'dist'));
const differing = [...new Set([...first.keys(), ...second.keys()])].filter(
  (file) => first.get(file) !== second.get(file),
);
rmSync(scratch, { recursive: true, force: true });
if (differing.length > 0) {
  console.error(`Two builds differ in ${differing.length} file(s):\n${differing.join('\n')}`);
  process.exit(1);
}
console.log(`Reproducible: a second, cold build matches ${outDir}/ byte for byte (${first.size} files).`);
