import { describe, expect, it } from 'vitest';
import { redirectsFile } from './host-files.ts';

describe('the redirects file', () => {
  it('sends every former address of a claim, its feed, JSON, CSV and embeds, to the live one with a 301', () => {
    const file = redirectsFile(
      [
        { slug: 'new-name', aliases: ['old-name', 'older-name'], hasBreakdown: true, languages: [] },
        { slug: 'plain', aliases: ['plain-old'], hasBreakdown: false, languages: [] },
      ],
      '/contested/',
    );
    expect(file.split('\n')).toEqual([
      '/contested/claims/old-name/ /contested/claims/new-name/ 301',
      '/contested/claims/old-name/feed.xml /contested/claims/new-name/feed.xml 301',
      '/contested/claims/old-name.json /contested/claims/new-name.json 301',
      '/contested/claims/old-name/breakdown.csv /contested/claims/new-name/breakdown.csv 301',
      '/contested/claims/old-name/embed/ /contested/claims/new-name/embed/ 301',
      '/contested/claims/old-name/embed/breakdown/ /contested/claims/new-name/embed/breakdown/ 301',
      '/contested/claims/old-name/oembed.json /contested/claims/new-name/oembed.json 301',
      '/contested/claims/older-name/ /contested/claims/new-name/ 301',
      '/contested/claims/older-name/feed.xml /contested/claims/new-name/feed.xml 301',
      '/contested/claims/older-name.json /contested/claims/new-name.json 301',
      '/contested/claims/older-name/breakdown.csv /contested/claims/new-name/breakdown.csv 301',
      '/contested/claims/older-name/embed/ /contested/claims/new-name/embed/ 301',
      '/contested/claims/older-name/embed/breakdown/ /contested/claims/new-name/embed/breakdown/ 301',
      '/contested/claims/older-name/oembed.json /contested/claims/new-name/oembed.json 301',
      '/contested/claims/plain-old/ /contested/claims/plain/ 301',
      '/contested/claims/plain-old/feed.xml /contested/claims/plain/feed.xml 301',
      '/contested/claims/plain-old.json /contested/claims/plain.json 301',
      '/contested/claims/plain-old/embed/ /contested/claims/plain/embed/ 301',
      '/contested/claims/plain-old/oembed.json /contested/claims/plain/oembed.json 301',
      '',
    ]);
  });

  it("sends a translated claim's former addresses in each language to its page, feed, embeds and oEmbed record in that language", () => {
    const file = redirectsFile([{ slug: 'new', aliases: ['old'], hasBreakdown: true, languages: ['uk'] }], '/');
    expect(file.split('\n')).toEqual([
      '/claims/old/ /claims/new/ 301',
      '/uk/claims/old/ /uk/claims/new/ 301',
      '/claims/old/feed.xml /claims/new/feed.xml 301',
      '/uk/claims/old/feed.xml /uk/claims/new/feed.xml 301',
      '/claims/old.json /claims/new.json 301',
      '/claims/old/breakdown.csv /claims/new/breakdown.csv 301',
      '/claims/old/embed/ /claims/new/embed/ 301',
      '/uk/claims/old/embed/ /uk/claims/new/embed/ 301',
      '/claims/old/embed/breakdown/ /claims/new/embed/breakdown/ 301',
      '/uk/claims/old/embed/breakdown/ /uk/claims/new/embed/breakdown/ 301',
      '/claims/old/oembed.json /claims/new/oembed.json 301',
      '/uk/claims/old/oembed.json /uk/claims/new/oembed.json 301',
      '',
    ]);
  });

  it('is empty when no claim has moved', () => {
    expect(redirectsFile([], '/')).toBe('');
  });
});
