// npm run new -- <entry> <slug>, for each collection of entries (claim, actor, incident, place, editor):
// creates a skeleton to fill in, whose every placeholder fails validation until it is replaced.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { COLLECTIONS, ENTRY_COLLECTIONS } from '../src/lib/content/collections.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../src/lib/content/schema.ts';
import { readContentFiles, validateContentFiles } from '../src/lib/content/validate.ts';

const [kind, slug] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`npm run new: ${message}`);
  process.exit(1);
};

const kinds = ENTRY_COLLECTIONS.map((name) => COLLECTIONS[name].entry);
const collection = ENTRY_COLLECTIONS.find((name) => COLLECTIONS[name].entry === kind);
if (!collection || !slug)
  fail(`usage: npm run new -- <kind> <slug>, where the kind is ${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}`);
if (!SLUG_PATTERN.test(slug!)) fail(`"${slug}" is not a slug: use ${SLUG_RULE}.`);
const { folder, template } = COLLECTIONS[collection!];

const { contentDir } = buildSettings();
const path = join(contentDir, folder, `${slug}.mdx`);
if (existsSync(path)) fail(`${path} already exists.`);

const { claims, actors, incidents, places } = validateContentFiles(readContentFiles(contentDir, contentDir), {
  today: todayUtc(),
});
if (kind === 'claim' && claims.some((claim) => claim.data.aliases?.includes(slug!))) {
  fail(`"${slug}" is a former slug (alias) of another claim, so its URL is taken.`);
}
const actorSlugs = actors.map((actor) => actor.slug).sort();
if (kind === 'claim' && actorSlugs.length === 0)
  fail('there are no actors yet: create the claimant first with npm run new -- actor <slug>.');
const [latestIncident] = [...incidents].sort(
  (a, b) => b.data.date.localeCompare(a.data.date) || a.slug.localeCompare(b.slug),
);
if (kind === 'claim' && !latestIncident)
  fail('there are no incidents yet: create the incident first with npm run new -- incident <slug>.');

// A folder is made by its first entry: the seed names no editor.
mkdirSync(join(contentDir, folder), { recursive: true });
const context = {
  actors: actorSlugs,
  places: places.map((place) => place.slug).sort(),
  incident: latestIncident?.slug,
};
writeFileSync(path, template!(context), { flag: 'wx' });
console.log(`Created ${path}. Replace the placeholder text, then check it with npm run validate.`);
