// Skeletons for `npm run new`: entries whose every field says what to write in it. Each placeholder
// starts with PLACEHOLDER (or is PLACEHOLDER_ID where a slug belongs, PLACEHOLDER_DATE where a date
// does), and validation rejects all three, so nothing from a skeleton can be published: not even a
// claimant or a date, which a skeleton never guesses, since a guess left in place would pass.
import { ACTOR_KINDS, CLAIM_STATUSES, MAX_RADIUS_KM, PLACE_KINDS, PRECISIONS } from './schema.ts';

/** What a skeleton may offer from the content there is: the actors to choose from, the latest incident. */
export interface TemplateContext {
  actors: readonly string[];
  places: readonly string[];
  /** The latest incident: the likeliest one for a new claim. */
  incident: string | undefined;
}

export const PLACEHOLDER = 'Replace with';
export const PLACEHOLDER_ID = 'replace-me';
export const PLACEHOLDER_DATE = 'YYYY-MM-DD';

export function claimTemplate({ actors, places, incident }: TemplateContext): string {
  return `---
# Fields: see CONTRIBUTING.md. Replace every sentence below with what the source says.
title: ${PLACEHOLDER} who says what, e.g. "Ministry of X says …"
claimant: ${PLACEHOLDER_ID} # who made the claim, one of: ${actors.join(', ')}
incident: ${incident ?? PLACEHOLDER_ID} # the incident it belongs to: a file name in incidents/ (this is the latest)
claimedOn: ${PLACEHOLDER_DATE} # the day a source says the statement was made, or else the date of the source
claimedOnKind: ${PLACEHOLDER_ID} # statement-day if a source gives that day; source-date if the day is the source's date
# eventDate: YYYY-MM-DD # only if the source says when the event happened
# places: # where the claim says it happened, no more precisely than the source: slugs of files in places/
#   - ${places[0] ?? 'a-place-slug'}
status: unverified # ${CLAIM_STATUSES.join(', ')}: see the methodology page
summary: ${PLACEHOLDER} a sentence or two for lists and previews, 20 to 280 characters.
sources:
  - title: ${PLACEHOLDER} the report's title
    # publisher: Who published it
    date: ${PLACEHOLDER_DATE} # the day it was published
    # url: https://… (then also archiveUrl and retrieved)
# responses:
#   - actor: an-actor-slug
#     stance: not-commented # confirms, denies, declined-to-comment, not-commented, not-confirmed
#     date: YYYY-MM-DD
#     note: What they said, paraphrased.
# writtenBy: your-editor-slug # you, a file in editors/; needed once a second editor reviews the claim
# reviews: # added by the second editor; any status but unverified needs one
#   - by: their-editor-slug
#     date: YYYY-MM-DD
#     note: What they checked, in a sentence.
---

${PLACEHOLDER} the claim in context: who said it, what exactly, and what the sources leave unknown.
`;
}

export function actorTemplate(): string {
  return `---
# Fields: see CONTRIBUTING.md.
name: ${PLACEHOLDER} the name the sources use
kind: other # ${ACTOR_KINDS.join(', ')}
affiliation: ${PLACEHOLDER_ID} # lowercase id of its side, e.g. russia, ukraine; an independent organisation's own slug
# role: Its office, e.g. Governor of Kaluga region
---

${PLACEHOLDER} who this party is, in a sentence or two.
`;
}

export function incidentTemplate(): string {
  return `---
# Fields: see CONTRIBUTING.md.
title: ${PLACEHOLDER} a neutral name, e.g. "Missile and drone claims reported on 9 November 2023"
date: ${PLACEHOLDER_DATE} # the day the incident was first reported
# end: YYYY-MM-DD # the last day it covers, if it spans several days
# places: # slugs of files in places/
#   - a-place-slug
---

${PLACEHOLDER} what happened as the sources report it, attributed to each party, in a paragraph.
`;
}

export function editorTemplate(): string {
  return `---
# Fields: see CONTRIBUTING.md.
name: ${PLACEHOLDER} the name you sign reviews with
# role: Editor
---

${PLACEHOLDER} who you are, in a sentence: your background and any affiliation a reader should know of.
`;
}

export function placeTemplate(): string {
  return `---
# Fields: see CONTRIBUTING.md, and "Places and precision" on the methodology page.
name: ${PLACEHOLDER} the name the sources use, e.g. Kaluga region
# aliases: # other names and spellings, e.g. in Ukrainian and Russian
#   - Another spelling
kind: ${PLACEHOLDER_ID} # ${PLACE_KINDS.join(', ')}
coordinates: # the centre of the place, as an atlas gives it: never a location the sources do not give
  latitude: ${PLACEHOLDER_ID}
  longitude: ${PLACEHOLDER_ID}
precision: ${PLACEHOLDER_ID} # ${PRECISIONS.map((level) => `${level} (up to ${MAX_RADIUS_KM[level]} km)`).join(', ')}
radiusKm: ${PLACEHOLDER_ID} # how far from the coordinates the place may lie
# parent: a-place-slug # the place it lies within
---

${PLACEHOLDER} what and where this place is, in a neutral sentence or two: no side's name for whose it is.
`;
}
