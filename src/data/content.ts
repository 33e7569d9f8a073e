// Loads the collections once per build and indexes them once, so that no page scans every claim to
// find its own few: pages take what they need from these maps in getStaticPaths.
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  indexByActor,
  indexByStatus,
  indexRelations,
  listAliases,
  sortChronologically,
  sortNewestFirst,
  type ActorActivity,
  type Alias,
  type ClaimLinks,
} from '../lib/claims.ts';
import type { ClaimStatus } from '../lib/content/schema.ts';
import { buildSettings } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';
import type { ViewContext } from '../lib/views/common.ts';

export type Claim = CollectionEntry<'claims'>;
export type Actor = CollectionEntry<'actors'>;
export type Incident = CollectionEntry<'incidents'>;

export interface SiteContent {
  /** Every claim, in timeline order. */
  claims: Claim[];
  /** Every claim, newest claimed first. */
  newestFirst: Claim[];
  /** Every actor, by name. */
  actors: Actor[];
  actorsById: ReadonlyMap<string, Actor>;
  byActor: ReadonlyMap<string, ActorActivity<Claim>>;
  byStatus: ReadonlyMap<ClaimStatus, Claim[]>;
  relations: ReadonlyMap<string, ClaimLinks<Claim>>;
  aliases: Alias<Claim>[];
  /** Incidents, newest first. */
  incidents: Incident[];
  /** What the view functions (src/lib/views/) need: actor names and the site's URLs. */
  view: ViewContext;
}

async function load(): Promise<SiteContent> {
  const [claims, actors, incidents] = await Promise.all([
    getCollection('claims'),
    getCollection('actors'),
    getCollection('incidents'),
  ]);
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  return {
    claims: sortChronologically(claims),
    newestFirst: sortNewestFirst(claims),
    actors: [...actors].sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    actorsById,
    byActor: indexByActor(claims),
    byStatus: indexByStatus(claims),
    relations: indexRelations(claims),
    aliases: listAliases(claims),
    incidents: [...incidents].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    view: { nameOf: (slug) => actorFrom(actorsById, slug).data.name, urls },
  };
}

let loaded: Promise<SiteContent> | undefined;

export function siteContent(): Promise<SiteContent> {
  loaded ??= load();
  return loaded;
}

function actorFrom(actorsById: ReadonlyMap<string, Actor>, slug: string): Actor {
  const actor = actorsById.get(slug);
  if (!actor) throw new Error(`No actor "${slug}": content validation should have caught this.`);
  return actor;
}

/** The actor a validated slug names. Validation guarantees it exists; this says so if it ever does not. */
export function actorOf(content: SiteContent, slug: string): Actor {
  return actorFrom(content.actorsById, slug);
}

export const PAGE_SIZE = buildSettings().pageSize;
