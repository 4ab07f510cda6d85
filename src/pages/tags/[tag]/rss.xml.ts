import type { APIContext, GetStaticPaths } from 'astro';
import { SITE } from '../../../config/site.ts';
import { getTags, type Post, type Tag } from '../../../collections/queries.ts';
import { paths } from '../../../lib/urls.ts';
import { rssFeed } from '../../../feeds/rss-feed.ts';

export const getStaticPaths = (async () => {
  const tags = await getTags();
  return tags.map(({ tag, posts }) => ({ params: { tag: tag.id }, props: { tag, posts } }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ tag: Tag; posts: Post[] }>) {
  const { tag, posts } = context.props;
  const channel = {
    title: `${SITE.title}: posts tagged “${tag.data.label}”`,
    description: tag.data.description,
    page: paths.tag(tag.id),
    feed: paths.tagFeed(tag.id),
  };
  return rssFeed(channel, posts, context.site);
}
