import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { context, t } from '../__fixtures__/view-context.ts';
import { indexByActor } from '../claims.ts';
import type { ActorData } from '../content/schema.ts';
import { actorShareCard, claimShareCard, dataFileItems, siteShareCard } from './sharing.ts';

const colour = () => '#123456';
// Only what a card shows: the name, the kind and the side.
const actor = (id: string, name: string) => ({
  id,
  data: { name, kind: 'ministry', affiliation: 'side-a' } as ActorData,
});

describe('share cards', () => {
  it("say a claim's status, title, claimant and day, and how the day is known, on the card and in its words", () => {
    const reported = claimShareCard(claim('a', { status: 'disputed' }), context, colour);
    expect(reported.input).toMatchObject({
      kind: 'Claim',
      status: { label: 'Status: Disputed', colour: '#123456' },
      title: 'Ministry A says a thing happened',
      details: ['Claimed by Ministry A; reported by 10 January 2024'],
    });
    expect(reported.alt).toBe(
      'Claim, status Disputed: Ministry A says a thing happened. Claimed by Ministry A; reported by 10 January 2024. Contested.',
    );
    const stated = claimShareCard(claim('b', { claimedOnKind: 'statement-day' }), context, colour);
    expect(stated.input.details).toEqual(['Claimed by Ministry A on 10 January 2024']);
  });

  it("count an actor's claims and its responses, silences apart", () => {
    const activity = indexByActor([
      claim('a'),
      claim('b', {
        claimant: 'government-b',
        responses: [{ actor: 'ministry-a', stance: 'denies', note: 'Denied it.' }],
      }),
      claim('c', {
        claimant: 'government-b',
        responses: [{ actor: 'ministry-a', stance: 'not-commented', note: 'Had not commented.' }],
      }),
    ]).get('ministry-a');
    const card = actorShareCard(actor('ministry-a', 'Ministry A'), activity, t);
    expect(card.input.title).toBe('Ministry A');
    expect(card.input.details).toEqual([
      'Ministry · Side A',
      "1 claim made; on others' claims 1 response, 1 silence recorded",
    ]);
    expect(card.alt).toBe(`Actor: Ministry A. ${card.input.details.join('. ')}. Contested.`);
    expect(actorShareCard(actor('x', 'X'), undefined, t).input.details[1]).toBe(
      "0 claims made; on others' claims 0 responses",
    );
  });

  it('give every other page the site card, its words the same as its drawing', () => {
    const card = siteShareCard(t);
    expect(card.alt).toBe(`Contested: ${card.input.title}. ${card.input.details.join(' ')}`);
  });
});

describe('the open-data files', () => {
  it('are listed with what each holds, their address, size in KB and schema, where they have one', () => {
    const items = dataFileItems(
      [
        { name: 'claims.json', text: 'x'.repeat(2048), schema: 'claims.schema.json' },
        { name: 'datapackage.json', text: '{}', schema: undefined },
      ],
      context,
    );
    expect(items).toEqual([
      {
        name: 'claims.json',
        href: '/base/data/claims.json',
        title: 'Every claim, every field',
        size: '2.0 KB',
        schemaHref: '/base/data/schema/claims.schema.json',
      },
      {
        name: 'datapackage.json',
        href: '/base/data/datapackage.json',
        title: 'Data Package (Frictionless) describing the CSV files',
        size: '0.0 KB',
        schemaHref: undefined,
      },
    ]);
  });
});
