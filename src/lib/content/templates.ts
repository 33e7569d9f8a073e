// Skeletons for `npm run new`: valid entries whose every field says what to write in it.
import { ACTOR_KINDS, CLAIM_STATUSES } from './schema.ts';

export function claimTemplate({
  today,
  claimant,
  actors,
}: {
  today: string;
  claimant: string;
  actors: readonly string[];
}): string {
  return `---
# Fields: see CONTRIBUTING.md. Replace every sentence below with what the source says.
title: Replace with one neutral sentence saying who claims what
claimant: ${claimant} # who made the claim: ${actors.join(', ')}
claimedOn: ${today} # when the claim was made or first reported
# eventDate: YYYY-MM-DD # only if the source says when the event happened
status: unverified # ${CLAIM_STATUSES.join(', ')}: see the methodology page
summary: Replace with a sentence or two for lists and previews, 20 to 280 characters.
sources:
  - title: Replace with the report's title
    # publisher: Who published it
    date: ${today}
    # url: https://… (then also archiveUrl and retrieved)
# responses:
#   - actor: an-actor-slug
#     stance: no-comment # confirms, denies, no-comment, not-confirmed
#     date: YYYY-MM-DD
#     note: What they said, paraphrased.
---

Replace with the claim in context: who said it, what exactly, and what the sources leave unknown.
`;
}

export function actorTemplate(): string {
  return `---
# Fields: see CONTRIBUTING.md.
name: Replace with the name the sources use
kind: other # ${ACTOR_KINDS.join(', ')}
affiliation: replace-me # lowercase id of the side it belongs to, e.g. russia, ukraine, independent
# role: Its office, e.g. Governor of Kaluga region
---

Replace with who this party is, in a sentence or two.
`;
}
