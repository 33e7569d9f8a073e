import { describe, expect, it } from 'vitest';
import { sampleClaim as claim } from '../__fixtures__/claims.ts';
import { context } from '../__fixtures__/view-context.ts';
import { translator } from '../i18n/translator.ts';
import { indexByActor } from '../claims.ts';
import { affiliationGroups } from './actors.ts';

describe('actors by affiliation', () => {
  it('groups actors by side, sides in alphabetical order, with what each said', () => {
    const actors = [
      { id: 'government-b', data: { name: 'Government B', kind: 'government' as const, affiliation: 'ukraine' } },
      {
        id: 'ministry-a',
        data: { name: 'Ministry A', kind: 'ministry' as const, affiliation: 'russia', role: 'Press' },
      },
    ];
    const groups = affiliationGroups(actors, indexByActor([claim('a')]), context);
    expect(groups.map((group) => [group.name, group.actors.map((actor) => actor.meta)])).toEqual([
      ['Russia', ['Ministry · Press · 1 claim made · 0 responses']],
      ['Ukraine', ['Government · 0 claims made · 0 responses']],
    ]);
  });

  it("names the sides in the page's language where the dictionaries name them, ordered as that language sorts, and any other from its id, marked English", () => {
    const actors = [
      { id: 'monitor-c', data: { name: 'Monitor C', kind: 'independent' as const, affiliation: 'monitor-c' } },
      { id: 'government-b', data: { name: 'Government B', kind: 'government' as const, affiliation: 'ukraine' } },
      { id: 'ministry-a', data: { name: 'Ministry A', kind: 'ministry' as const, affiliation: 'russia' } },
    ];
    const groups = affiliationGroups(actors, indexByActor([]), { ...context, t: translator('uk') });
    // Ukrainian sorts its own alphabet first.
    expect(groups.map(({ name, lang }) => [name, lang])).toEqual([
      ['Росія', undefined],
      ['Україна', undefined],
      ['Monitor C', 'en'],
    ]);
    const english = affiliationGroups(actors, indexByActor([]), context);
    expect(english.map(({ name, lang }) => [name, lang])).toEqual([
      ['Monitor C', undefined],
      ['Russia', undefined],
      ['Ukraine', undefined],
    ]);
  });
});
