// npm run new -- claim <slug> | actor <slug> | incident <slug> | editor <slug>: creates a skeleton to fill in, whose
// every placeholder fails validation until it is replaced.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../src/lib/content/schema.ts';
import { readContentFiles, validateContentFiles } from '../src/lib/content/validate.ts';
import { actorTemplate, claimTemplate, editorTemplate, incidentTemplate } from '../src/lib/content/templates.ts';

const [kind, slug] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`npm run new: ${message}`);
  process.exit(1);
};

const COLLECTION_OF = { claim: 'claims', actor: 'actors', incident: 'incidents', editor: 'editors' } as const;
if (!(kind && kind in COLLECTION_OF) || !slug)
  fail('usage: npm run new -- claim <slug> (or actor, incident or editor, then the slug)');
if (!SLUG_PATTERN.test(slug!)) fail(`"${slug}" is not a slug: use ${SLUG_RULE}.`);

const { contentDir } = buildSettings();
const collection = COLLECTION_OF[kind as keyof typeof COLLECTION_OF];
const path = join(contentDir, collection, `${slug}.mdx`);
if (existsSync(path)) fail(`${path} already exists.`);

const { claims, actors, incidents } = validateContentFiles(readContentFiles(contentDir, contentDir), {
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

const templates = {
  claim: () => claimTemplate({ actors: actorSlugs, incident: latestIncident!.slug }),
  actor: () => actorTemplate(),
  incident: () => incidentTemplate(),
  editor: () => editorTemplate(),
};
// The first editor makes the folder: the seed names none.
mkdirSync(join(contentDir, collection), { recursive: true });
writeFileSync(path, templates[kind as keyof typeof templates](), { flag: 'wx' });
console.log(`Created ${path}. Replace the placeholder text, then check it with npm run validate.`);
