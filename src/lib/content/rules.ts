// Rules that need more than one entry to check: links between entries, independence of a
// confirmation, aliases across claims, and dates against today. Each entry here has already passed its
// collection schema.
import type { ActorData, ClaimData } from './schema.ts';
import { oneOf } from './schema.ts';
import { describeFound, formatField, type Problem } from './problems.ts';
import { didYouMean } from './suggest.ts';

export interface Entry<Data> {
  /** Repository-relative path of the file. */
  file: string;
  /** File name without extension: the permanent URL segment. */
  slug: string;
  data: Data;
}

export type ClaimEntry = Entry<ClaimData>;
export type ActorEntry = Entry<ActorData>;

function existing(kind: string, slugs: ReadonlySet<string>, found: string): string {
  const list = [...slugs].sort();
  return list.length === 0
    ? `the slug of an existing ${kind} (there are none yet)`
    : `the slug of an existing ${kind}: ${oneOf(list)}${didYouMean(found, list)}`;
}

export interface CrossEntryInput {
  /** Entries that passed their schema. */
  claims: readonly ClaimEntry[];
  actors: readonly ActorEntry[];
  /**
   * Slugs of every file in each collection, valid or not: a link to a file with its own problems is
   * reported there, not again as a missing target in every file that links to it.
   */
  claimSlugs: ReadonlySet<string>;
  actorSlugs: ReadonlySet<string>;
  /** `YYYY-MM-DD`; no date may be later. */
  today: string;
}

export function checkCrossEntryRules({ claims, actors, claimSlugs, actorSlugs, today }: CrossEntryInput): Problem[] {
  const problems: Problem[] = [];
  const actorsBySlug = new Map(actors.map((actor) => [actor.slug, actor.data]));
  const aliasOwners = new Map<string, string>();

  for (const { file, slug, data } of claims) {
    const report = (path: readonly PropertyKey[], found: unknown, allowed: string) =>
      problems.push({ file, field: formatField(path), found: describeFound(found), allowed });

    if (!actorSlugs.has(data.claimant)) {
      report(['claimant'], data.claimant, existing('actor', actorSlugs, data.claimant));
    }
    data.responses?.forEach((response, index) => {
      if (!actorSlugs.has(response.actor)) {
        report(['responses', index, 'actor'], response.actor, existing('actor', actorSlugs, response.actor));
      }
    });
    data.related?.forEach((link, index) => {
      if (link.claim === slug) {
        report(
          ['related', index, 'claim'],
          link.claim,
          'the slug of another claim (a claim is never related to itself)',
        );
      } else if (!claimSlugs.has(link.claim)) {
        report(['related', index, 'claim'], link.claim, existing('claim', claimSlugs, link.claim));
      }
    });

    // Independence: only a party outside the claimant's affiliation can corroborate it.
    // Unknown actors (reported above) count as neither side.
    const claimantAffiliation = actorsBySlug.get(data.claimant)?.affiliation;
    const isIndependent = (actor: string) => {
      const affiliation = actorsBySlug.get(actor)?.affiliation;
      return claimantAffiliation !== undefined && affiliation !== undefined && affiliation !== claimantAffiliation;
    };
    const independentConfirmations = (data.responses ?? []).filter(
      (response) => response.stance === 'confirms' && isIndependent(response.actor),
    );
    if (data.status === 'corroborated' && independentConfirmations.length === 0 && claimantAffiliation !== undefined) {
      problems.push({
        file,
        field: 'status',
        found: '"corroborated" with no confirming response from outside the claimant\'s affiliation',
        allowed: `"corroborated" only with a "confirms" response from an actor whose affiliation is not "${claimantAffiliation}"`,
      });
    }
    if (data.status === 'unverified' && independentConfirmations.length > 0) {
      problems.push({
        file,
        field: 'status',
        found: `"unverified" although ${independentConfirmations.map((r) => r.actor).join(', ')} (another affiliation) confirms it`,
        allowed: 'a status that reflects the independent confirmation, such as "corroborated"',
      });
    }

    const dated: [readonly PropertyKey[], string | undefined][] = [
      [['claimedOn'], data.claimedOn],
      [['eventDate'], data.eventDate],
      ...data.sources.map((source, index): [PropertyKey[], string] => [['sources', index, 'date'], source.date]),
      ...(data.responses ?? []).map((response, index): [PropertyKey[], string | undefined] => [
        ['responses', index, 'date'],
        response.date,
      ]),
      ...data.sources.map((source, index): [PropertyKey[], string | undefined] => [
        ['sources', index, 'retrieved'],
        source.retrieved,
      ]),
      ...(data.updates ?? []).map((item, index): [PropertyKey[], string] => [['updates', index, 'date'], item.date]),
    ];
    for (const [path, day] of dated) {
      if (day !== undefined && day > today) report(path, day, `a date no later than today (${today})`);
    }

    data.aliases?.forEach((alias, index) => {
      if (claimSlugs.has(alias)) {
        report(['aliases', index], alias, 'a former slug that no live claim uses');
        return;
      }
      const owner = aliasOwners.get(alias);
      if (owner !== undefined) {
        report(['aliases', index], alias, `an alias not already claimed by ${owner}`);
      } else {
        aliasOwners.set(alias, file);
      }
    });
  }
  return problems;
}
