/**
 * Base-aware URLs. Every internal link goes through here so the site works
 * at a domain root and under a subpath (GitHub Pages) alike.
 */
import { joinBase, normaliseBase } from './base-path.ts';

/** The configured base ("/" or "/blog/"); Astro sets BASE_URL from `base` in astro.config.mjs. */
const BASE = normaliseBase(import.meta.env?.BASE_URL);

/** A site path with the configured base in front: withBase('/tags/') -> '/blog/tags/'. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

/** A post's path from the site root, without the base: for code that adds the base itself (src/redirects/). */
export function postPath(id: string): string {
  return `/posts/${id}/`;
}

/** The map of old WordPress id URLs ("/?p=12"), fetched by the home page's script (src/redirects/query-redirect.client.ts). */
export const QUERY_REDIRECTS_PATH = '/query-redirects.json';

export const paths = {
  home: () => withBase('/'),
  about: () => withBase('/about/'),
  posts: () => withBase('/posts/'),
  post: (id: string) => withBase(postPath(id)),
  tags: () => withBase('/tags/'),
  tag: (slug: string) => withBase(`/tags/${slug}/`),
  seriesIndex: () => withBase('/series/'),
  series: (id: string) => withBase(`/series/${id}/`),
  conferences: () => withBase('/conferences/'),
  conference: (id: string) => withBase(`/conferences/${id}/`),
  archive: () => withBase('/archive/'),
  entities: () => withBase('/entities/'),
  /** An entity page: `slug` is the name's URL segment (src/network-names/entity.ts entitySlug). */
  entity: (kind: string, slug: string) => withBase(`/entities/${kind}/${slug}/`),
  search: () => withBase('/search/'),
  searchWords: () => withBase('/search-words.json'),
  queryRedirects: () => withBase(QUERY_REDIRECTS_PATH),
  pagefind: () => withBase('/pagefind/'),
  feed: () => withBase('/rss.xml'),
  tagFeed: (slug: string) => withBase(`/tags/${slug}/rss.xml`),
  seriesFeed: (id: string) => withBase(`/series/${id}/rss.xml`),
  sitemap: () => withBase('/sitemap-index.xml'),
  /** A page's social card (src/social-cards/): "posts/<id>", "series/<id>", "conferences/<id>", "home". */
  card: (slug: string) => withBase(`/social-cards/${slug}.png`),
};

/** The site's indexes and its About page, in the order the header and the footer list them (each adds its own around them). */
export const siteIndexLinks = (): Array<{ href: string; label: string }> => [
  { href: paths.archive(), label: 'Archive' },
  { href: paths.seriesIndex(), label: 'Series' },
  { href: paths.conferences(), label: 'Conferences' },
  { href: paths.tags(), label: 'Tags' },
  { href: paths.about(), label: 'About' },
];
