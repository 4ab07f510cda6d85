import type { APIContext } from 'astro';
import { paths } from '../lib/urls.ts';

export function GET(context: APIContext) {
  const sitemap = new URL(paths.sitemap(), context.site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
