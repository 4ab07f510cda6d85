import type { APIContext, GetStaticPaths } from 'astro';
import { SITE } from '../../../config/site.ts';
import { getPosts, getSeriesList, type Post, type Series } from '../../../collections/queries.ts';
import { paths } from '../../../lib/urls.ts';
import { rssFeed } from '../../../feeds/rss-feed.ts';

export const getStaticPaths = (async () => {
  const [seriesList, posts] = await Promise.all([getSeriesList(), getPosts()]);
  return seriesList.map((series) => ({
    params: { id: series.id },
    props: { series, posts: posts.filter((post) => post.data.series?.id === series.id) },
  }));
}) satisfies GetStaticPaths;

export async function GET(context: APIContext<{ series: Series; posts: Post[] }>) {
  const { series, posts } = context.props;
  const channel = {
    title: `${SITE.title}: ${series.data.title}`,
    description: series.data.summary,
    page: paths.series(series.id),
    feed: paths.seriesFeed(series.id),
  };
  return rssFeed(channel, posts, context.site);
}
