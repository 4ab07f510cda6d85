/**
 * One RSS 2.0 feed from a list of posts: the site feed, each tag's and each
 * series' feed are all built here. Items carry the whole post in
 * `content:encoded` (post-feed-html.ts); every URL is absolute and under the
 * base path. The output depends only on the content: no build time in it.
 */
import rss from '@astrojs/rss';
import { escapeAttribute, escapeUTF8 } from 'entities';
import { AUTHOR, FEED_ITEMS, SITE } from '../config/site.ts';
import { getTagLabels, type Post } from '../collections/queries.ts';
import { paths } from '../lib/urls.ts';
import { postFeedHtml } from './post-feed-html.ts';

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed follows (home, a tag, a series). */
  page: string;
  /** Site path of the feed itself. */
  feed: string;
}

/** `posts` newest first (as getPosts() gives them); `site` is the origin the build was given. */
export async function rssFeed(channel: FeedChannel, posts: Post[], site: URL | undefined): Promise<Response> {
  const origin = site ?? new URL('http://localhost:4321');
  const newest = posts.slice(0, FEED_ITEMS);
  const tagLabels = await getTagLabels();
  const items = await Promise.all(
    newest.map(async (post) => {
      const link = new URL(paths.post(post.id), origin).href;
      // RSS's own <author> must be an email address; Dublin Core's creator is a name. None while the site's author has none.
      const creator = post.data.author ?? AUTHOR.name;
      return {
        title: post.data.title,
        description: post.data.description,
        pubDate: post.data.pubDate,
        link,
        categories: post.data.tags.map((t) => tagLabels.get(t) ?? t),
        content: await postFeedHtml(post, link),
        ...(creator && { customData: `<dc:creator>${escapeUTF8(creator)}</dc:creator>` }),
      };
    }),
  );
  const lastBuildDate = newest[0] ? `<lastBuildDate>${newest[0].data.pubDate.toUTCString()}</lastBuildDate>` : '';
  const self = escapeAttribute(new URL(channel.feed, origin).href);
  return rss({
    title: channel.title,
    description: channel.description,
    site: new URL(channel.page, origin).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    items,
    customData: `<language>${SITE.locale}</language>${lastBuildDate}<atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
}
