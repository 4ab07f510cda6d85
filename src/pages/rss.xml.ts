import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config/site.ts';
import { getPosts, getTagLabels } from '../collections/queries.ts';
import { paths } from '../lib/urls.ts';

export async function GET(context: APIContext) {
  const [posts, tagLabels] = await Promise.all([getPosts(), getTagLabels()]);
  const site = context.site ?? new URL('http://localhost:4321');
  return rss({
    title: SITE.title,
    description: SITE.description,
    // Items carry absolute URLs, so the base path is part of each link.
    site: new URL(paths.home(), site).href,
    items: posts.map((post) => ({
      title: post.data.title,
      description: post.data.description,
      pubDate: post.data.pubDate,
      link: new URL(paths.post(post.id), site).href,
      categories: post.data.tags.map((t) => tagLabels.get(t) ?? t),
    })),
    customData: `<language>${SITE.locale}</language>`,
  });
}
