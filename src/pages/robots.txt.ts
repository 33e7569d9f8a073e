import type { APIContext } from 'astro';
import { urls } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(urls.sitemapIndex(), context.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
