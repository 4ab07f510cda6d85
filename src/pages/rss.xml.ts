import type { APIContext } from 'astro';
import { SITE } from '../config/site.ts';
import { getPosts } from '../collections/queries.ts';
import { paths } from '../lib/urls.ts';
import { rssFeed } from '../feeds/rss-feed.ts';

export async function GET(context: APIContext) {
  return rssFeed({ title: SITE.title, description: SITE.description, page: paths.home(), feed: paths.feed() }, await getPosts(), context.site);
}
