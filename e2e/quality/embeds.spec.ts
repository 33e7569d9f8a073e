// Every embed holds within the frame its snippet asks for, from the narrowest column (320 px) to the
// widest (700 px): a frame cannot grow to fit without script, so text that overflows would be cut off
// in someone else's article.
import { parse } from 'node-html-parser';
import { expect, test } from '@playwright/test';
import { EMBED_WIDTHS } from '../../src/lib/views/embeds.ts';
import { builtPages, siteOf } from '../sites.ts';

test('every embed fits the frame its snippet asks for, at 320 and at 700 px wide', async ({ page }) => {
  test.setTimeout(120_000);
  const site = siteOf(test.info().project.name);
  // Each snippet on a claim or incident page: the embed's path and the frame's height.
  const frames = new Map(
    builtPages(site).flatMap(({ document }) =>
      document
        .querySelectorAll('details.cite-embed pre')
        .flatMap((pre) => parse(pre.text).querySelectorAll('iframe'))
        .map(
          (frame) => [new URL(frame.getAttribute('src') ?? '').pathname, Number(frame.getAttribute('height'))] as const,
        ),
    ),
  );
  expect(frames.size).toBeGreaterThan(site.claims.length);
  expect([...frames.keys()].filter((path) => !site.urls.isEmbed(path))).toEqual([]);
  const overflows: string[] = [];
  for (const [path, height] of frames) {
    for (const width of EMBED_WIDTHS) {
      await page.setViewportSize({ width, height });
      await page.goto(path);
      const { scrollWidth, scrollHeight } = await page.evaluate(() => {
        const { scrollWidth, scrollHeight } = document.documentElement;
        return { scrollWidth, scrollHeight };
      });
      if (scrollHeight > height || scrollWidth > width)
        overflows.push(`${path} at ${width} px: ${scrollWidth} × ${scrollHeight} in a ${width} × ${height} frame`);
    }
  }
  expect(overflows).toEqual([]);
});
