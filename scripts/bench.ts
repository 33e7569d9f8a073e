// npm run bench [-- <claims>]: how the build scales. Generates a fictional content set of the given size
// (default 2,000 claims) in a scratch folder, validates and builds it, and prints the figures: time per
// step, pages built, the heaviest claim page and the longest list page, the time Pagefind takes and
// the size of its index, and the size of each open-data file. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const claimCount = Number(process.argv[2] ?? 2000);
const scratch = mkdtempSync(join(tmpdir(), 'contested-bench-'));
const content = join(scratch, 'content');
for (const folder of ['claims', 'actors', 'incidents']) mkdirSync(join(content, folder), { recursive: true });

const sides = ['north', 'south', 'east'];
const actors = sides.flatMap((side) => [`${side}-ministry`, `${side}-governor`]);
for (const actor of actors) {
  writeFileSync(
    join(content, 'actors', `${actor}.mdx`),
    `---\nname: ${actor.replace('-', ' ')}\nkind: official\naffiliation: ${actor.split('-')[0]}\n---\n\nA fictional party.\n`,
  );
}
writeFileSync(
  join(content, 'incidents', 'bench.mdx'),
  '---\ntitle: A fictional incident for the benchmark\ndate: 2024-01-01\n---\n\nMany claims.\n',
);

for (let i = 0; i < claimCount; i++) {
  const claimant = actors[i % actors.length]!;
  const other = actors[(i + 2) % actors.length]!;
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 7) * 86_400_000).toISOString().slice(0, 10);
  const status = ['unverified', 'disputed', 'corroborated'][i % 3]!;
  const response =
    status === 'unverified'
      ? ''
      : `responses:\n  - actor: ${other}\n    stance: ${status === 'disputed' ? 'denies' : 'confirms'}\n    note: A response.\n`;
  const breakdown =
    i % 10 === 0
      ? `breakdown:\n  total: ${i + 10}\n  unit: drones\n  parts:\n    - label: Destroyed\n      count: ${i}\n    - label: Jammed\n      count: 10\n`
      : '';
  writeFileSync(
    join(content, 'claims', `claim-${i}.mdx`),
    `---\ntitle: ${claimant} says event number ${i} happened\nclaimant: ${claimant}\nclaimedOn: ${day}\nstatus: ${status}\nsummary: A fictional claim generated for the build benchmark, number ${i}.\nsources:\n  - title: Benchmark report ${i}\n    date: ${day}\n${response}${breakdown}---\n\nThe claim in context, for claim ${i}. It says what the sources leave unknown.\n`,
  );
}

const env = { ...process.env, CONTENT_DIR: content, OUT_DIR: join(scratch, 'dist'), CACHE_DIR: join(scratch, 'cache') };
const timed = (label: string, args: string[]) => {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) {
    console.error(result.stdout + result.stderr);
    process.exit(1);
  }
  console.log(`${label.padEnd(24)} ${seconds.toFixed(1).padStart(6)} s`);
  return { seconds, output: result.stdout + result.stderr };
};

console.log(`${claimCount} claims, ${actors.length} actors\n`);
timed('npm run validate', ['scripts/validate.ts', content]);
const build = timed('astro build (cold)', ['node_modules/astro/bin/astro.mjs', 'build']);
const buildSeconds = build.seconds;
// The search index is built inside the build; its integration says how long it took.
const pagefindLine = /search index: .*/.exec(build.output)?.[0] ?? 'search index: not reported';
// So are the share cards: how many were drawn, and what one cost.
const cardsLine = /share cards: .*/.exec(build.output)?.[0] ?? 'share cards: not reported';

const dist = join(scratch, 'dist');
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const claimPages = pages.filter((file) => /^claims\/claim-\d+\/index\.html$/.test(file));
const heaviestClaim = Math.max(...claimPages.map(gz));
const timelinePages = pages.filter(
  (file) => file.startsWith('timeline/') && !file.includes('/actor/') && !file.includes('/status/'),
);
const [largestPage = '', largestSize = 0] = pages
  .map((file): [string, number] => [file, statSync(join(dist, file)).size])
  .reduce((a, b) => (b[1] > a[1] ? b : a));
console.log(`\n${pages.length} pages, ${((buildSeconds * 1000) / pages.length).toFixed(1)} ms a page`);
console.log(`heaviest claim page: ${(heaviestClaim / 1024).toFixed(1)} KB gzipped (HTML only)`);
console.log(
  `timeline split into ${timelinePages.length} pages; largest page ${largestPage}, ${(largestSize / 1024).toFixed(0)} KB raw`,
);
const folderSize = (folder: string) =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => join(dist, folder, file))
    .filter((file) => statSync(file).isFile())
    .reduce((sum, file) => sum + statSync(file).size, 0);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const indexed = (
  JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  }
).languages['en']?.page_count;
console.log(`${pagefindLine}; ${indexed} pages indexed; the index and its scripts: ${mb(folderSize('pagefind'))}`);
console.log(cardsLine);
for (const file of readdirSync(join(dist, 'data')).filter((name) => /\.(?:json|csv)$/.test(name)))
  console.log(`data/${file}: ${mb(statSync(join(dist, 'data', file)).size)}`);
rmSync(scratch, { recursive: true, force: true });
