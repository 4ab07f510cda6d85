/**
 * Base-aware URLs. Every internal link goes through here so the site works
 * at a domain root and under a subpath (GitHub Pages) alike.
 */

/** The configured base, always with leading and trailing slash ("/" or "/blog/"). */
const BASE: string = import.meta.env?.BASE_URL ? ensureSlashes(import.meta.env.BASE_URL) : '/';

function ensureSlashes(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Joins a site-relative path ("posts/x/" or "/posts/x/") onto a base. */
export function joinBase(base: string, path: string): string {
  const cleanBase = ensureSlashes(base);
  const cleanPath = path.replace(/^\/+/, '');
  return cleanBase + cleanPath;
}

/** A site path with the configured base in front: withBase('/tags/') -> '/blog/tags/'. */
export function withBase(path: string): string {
  return joinBase(BASE, path);
}

export const paths = {
  home: () => withBase('/'),
  post: (id: string) => withBase(`/posts/${id}/`),
  tags: () => withBase('/tags/'),
  tag: (slug: string) => withBase(`/tags/${slug}/`),
  series: (id: string) => withBase(`/series/${id}/`),
  conference: (id: string) => withBase(`/conferences/${id}/`),
  archive: () => withBase('/archive/'),
  search: () => withBase('/search/'),
  pagefind: () => withBase('/pagefind/'),
  feed: () => withBase('/rss.xml'),
  sitemap: () => withBase('/sitemap-index.xml'),
};
