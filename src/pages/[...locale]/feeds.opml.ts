// Every feed as OPML 2.0, the outline feed readers import to follow many feeds at once: one file per
// language, of the feeds its /feeds/ page lists.
import type { APIContext } from 'astro';
import { siteContentIn } from '../../data/content.ts';
import { followFeeds } from '../../data/follow-feeds.ts';
import { localePaths } from '../../data/locale-paths.ts';
import { SITE_NAME } from '../../lib/structured-data.ts';
import { escapeMarkup } from '../../lib/text.ts';

export const getStaticPaths = localePaths;

export async function GET(context: APIContext) {
  const content = await siteContentIn(context.currentLocale);
  const { t, urls } = content.view;
  const absolute = (path: string) => new URL(path, context.site).href;
  // Each feed says its language: a language's file lists the English feeds of entries not translated into it.
  const outline = (title: string, href: string, page: string, language: string) =>
    `<outline type="rss" text="${escapeMarkup(title)}" title="${escapeMarkup(title)}" xmlUrl="${escapeMarkup(absolute(href))}" htmlUrl="${escapeMarkup(absolute(page))}" language="${language}"/>`;
  const groups = followFeeds(content).map(
    (group) =>
      `    <outline text="${escapeMarkup(group.heading)}">\n${group.feeds.map((feed) => `      ${outline(feed.title, feed.href, feed.page, feed.lang ?? t.lang)}`).join('\n')}\n    </outline>`,
  );
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${escapeMarkup(t('feeds.opmlTitle', { site: SITE_NAME }))}</title></head>`,
    '  <body>',
    `    ${outline(t('feeds.site.title', { site: SITE_NAME }), urls.feed(), urls.home(), t.lang)}`,
    ...groups,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/x-opml; charset=utf-8' } });
}
