import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { todayUtc } from '../src/lib/dates.ts';
import { readContentFiles, validationReport } from '../src/lib/content/validate.ts';
import { PLACEHOLDER, PLACEHOLDER_DATE, PLACEHOLDER_ID } from '../src/lib/content/templates.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const good = join(root, 'src/lib/content/__fixtures__/good');

function run(contentDir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/new-entry.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
}

function goodContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'contested-new-'));
  cpSync(good, dir, { recursive: true });
  return dir;
}

describe('npm run new', () => {
  it('creates skeletons that fail validation at every placeholder, naming file and field', () => {
    const dir = goodContent();
    expect(run(dir, 'incident', 'fresh-incident').status).toBe(0);
    expect(run(dir, 'claim', 'fresh-claim').status).toBe(0);
    expect(run(dir, 'actor', 'fresh-actor').status).toBe(0);
    expect(run(dir, 'place', 'fresh-place').status).toBe(0);
    // The first editor of a site makes the folder, as the seed has none (nor any translation naming one).
    rmSync(join(dir, 'editors'), { recursive: true });
    for (const file of ['claims/drones-over-coast.uk.mdx', 'actors/ministry-a.uk.mdx']) rmSync(join(dir, file));
    expect(run(dir, 'editor', 'fresh-editor').status).toBe(0);
    const claim = readFileSync(join(dir, 'claims/fresh-claim.mdx'), 'utf8');
    // The claimant is the contributor's choice: the skeleton names the actors but picks none.
    expect(claim).toContain(
      `claimant: ${PLACEHOLDER_ID} # who made the claim, one of: government-b, governor-a, ministry-a`,
    );
    // A new claim is filed under the latest incident that has a date (the skeleton just made has none).
    expect(claim).toContain('incident: first-incident');
    const report = validationReport(readContentFiles(dir), 'content', { today: todayUtc() });
    expect(report.problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'content/claims/fresh-claim.mdx: title',
      'content/claims/fresh-claim.mdx: claimant',
      'content/claims/fresh-claim.mdx: claimedOn',
      'content/claims/fresh-claim.mdx: claimedOnKind',
      'content/claims/fresh-claim.mdx: summary',
      'content/claims/fresh-claim.mdx: sources[0].title',
      'content/claims/fresh-claim.mdx: sources[0].date',
      'content/claims/fresh-claim.mdx: body',
      'content/actors/fresh-actor.mdx: name',
      'content/actors/fresh-actor.mdx: affiliation',
      'content/actors/fresh-actor.mdx: body',
      'content/incidents/fresh-incident.mdx: title',
      'content/incidents/fresh-incident.mdx: date',
      'content/incidents/fresh-incident.mdx: body',
      'content/places/fresh-place.mdx: name',
      'content/places/fresh-place.mdx: kind',
      'content/places/fresh-place.mdx: coordinates.latitude',
      'content/places/fresh-place.mdx: coordinates.longitude',
      'content/places/fresh-place.mdx: precision',
      'content/places/fresh-place.mdx: radiusKm',
      'content/places/fresh-place.mdx: body',
      'content/editors/fresh-editor.mdx: name',
      'content/editors/fresh-editor.mdx: body',
    ]);
    // A date or claimant left as written fails as a placeholder, not as a malformed value.
    expect(report.lines).toContain(
      `content/claims/fresh-claim.mdx:6: claimedOn: found "${PLACEHOLDER_DATE}"; allowed what the sources say, in place of the text that npm run new wrote`,
    );
    // Every placeholder a skeleton holds outside comments is one of those problems.
    const placeholders = (text: string) =>
      text
        .split('\n')
        .filter(
          (line) =>
            !line.trimStart().startsWith('#') &&
            new RegExp(`${PLACEHOLDER}|${PLACEHOLDER_ID}|${PLACEHOLDER_DATE}`).test(line),
        ).length;
    const actor = readFileSync(join(dir, 'actors/fresh-actor.mdx'), 'utf8');
    const incident = readFileSync(join(dir, 'incidents/fresh-incident.mdx'), 'utf8');
    const editor = readFileSync(join(dir, 'editors/fresh-editor.mdx'), 'utf8');
    const place = readFileSync(join(dir, 'places/fresh-place.mdx'), 'utf8');
    expect([claim, actor, incident, editor, place].map(placeholders).reduce((a, b) => a + b)).toBe(
      report.problems.length,
    );
    // Five runs of the script, a second or so each, more on a busy machine.
  }, 30_000);

  it.each([
    ['an existing slug', ['claim', 'missile-shot-down'], 'already exists'],
    ['a malformed slug', ['claim', 'Bad_Slug'], 'is not a slug'],
    ['a former slug of another claim', ['claim', 'old-name'], 'is a former slug'],
    ['an unknown kind', ['story', 'x'], 'usage'],
  ])('refuses %s', (_, args, message) => {
    const dir = goodContent();
    cpSync(
      join(root, 'src/lib/content/__fixtures__/bad/alias-taken/claims/other-claim.mdx'),
      join(dir, 'claims/other-claim.mdx'),
    );
    const before = existsSync(join(dir, `claims/${args[1]}.mdx`));
    const result = run(dir, ...args);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(message);
    expect(existsSync(join(dir, `claims/${args[1]}.mdx`))).toBe(before);
  });
});
