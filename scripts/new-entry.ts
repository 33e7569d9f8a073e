// npm run new -- claim <slug> | actor <slug>: creates a valid skeleton to fill in.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayUtc } from '../src/lib/dates.ts';
import { buildSettings } from '../src/lib/site.ts';
import { SLUG_PATTERN, SLUG_RULE } from '../src/lib/content/schema.ts';
import { readContentFiles, validateContentFiles } from '../src/lib/content/validate.ts';
import { actorTemplate, claimTemplate } from '../src/lib/content/templates.ts';

const [kind, slug] = process.argv.slice(2);
const fail = (message: string): never => {
  console.error(`npm run new: ${message}`);
  process.exit(1);
};

if ((kind !== 'claim' && kind !== 'actor') || !slug)
  fail('usage: npm run new -- claim <slug>  or  npm run new -- actor <slug>');
if (!SLUG_PATTERN.test(slug!)) fail(`"${slug}" is not a slug: use ${SLUG_RULE}.`);

const { contentDir } = buildSettings();
const collection = kind === 'claim' ? 'claims' : 'actors';
const path = join(contentDir, collection, `${slug}.mdx`);
if (existsSync(path)) fail(`${path} already exists.`);

const { claims, actors } = validateContentFiles(readContentFiles(contentDir, contentDir), { today: todayUtc() });
if (kind === 'claim' && claims.some((claim) => claim.data.aliases?.includes(slug!))) {
  fail(`"${slug}" is a former slug (alias) of another claim, so its URL is taken.`);
}
const actorSlugs = actors.map((actor) => actor.slug).sort();
if (kind === 'claim' && actorSlugs.length === 0)
  fail('there are no actors yet: create the claimant first with npm run new -- actor <slug>.');

writeFileSync(
  path,
  kind === 'claim'
    ? claimTemplate({ today: todayUtc(), claimant: actorSlugs[0]!, actors: actorSlugs })
    : actorTemplate(),
  { flag: 'wx' },
);
console.log(`Created ${path}. Replace the placeholder text, then check it with npm run validate.`);
