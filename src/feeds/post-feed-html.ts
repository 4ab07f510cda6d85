/**
 * A post's feed HTML: its video as a link, then its body rendered by Astro's
 * Container API (the same MDX and Shiki listings as the page), rewritten for
 * feed readers by feed-html.ts. Each post is rendered once per build,
 * however many feeds (site, tags, series) carry it.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render as renderEntry } from 'astro:content';
import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx/container-renderer';
// The link component (it puts the base path on authors' site links) and the
// components a body uses without importing them (a video's facade, which
// feed-html.ts turns into a link). Not the headings: their self-links mean
// nothing in a feed, and importing components with <style> here would split
// their CSS out of the post pages' stylesheet.
import Link from '../components/mdx/Link.astro';
import { bodyComponents } from '../components/mdx/body-components.ts';
import { feedHtml, feedVideoHtml } from './feed-html.ts';
import type { Post } from '../collections/queries.ts';

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

async function render(post: Post, postUrl: string): Promise<string> {
  // MDX bodies render through the MDX integration's renderer, as on the page.
  container ??= loadRenderers([mdxRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await renderEntry(post);
  const body = await (await container).renderToString(Content, { props: { components: { ...bodyComponents, a: Link } } });
  return (post.data.video ? feedVideoHtml(post.data.video) : '') + feedHtml(body, postUrl);
}

/** `postUrl`: the post's absolute URL, base path included. */
export function postFeedHtml(post: Post, postUrl: string): Promise<string> {
  const key = `${post.id} ${postUrl}`;
  let html = rendered.get(key);
  if (!html) {
    html = render(post, postUrl);
    rendered.set(key, html);
  }
  return html;
}
