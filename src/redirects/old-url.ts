/**
 * A post's old URLs (its frontmatter's `redirectFrom`): what one may be, and
 * which file of the output serves its redirect. The one rule that the schema,
 * the content rules, the redirect pages, `_redirects` and the home page's
 * script share.
 *
 * An old URL is written from the root of the old site:
 * - a path: "/2016/02/02/hello-world/", "/hello-world", "/archives/12.html",
 *   "/café/" (or "/caf%C3%A9/", as a browser requests it: the same URL);
 * - the root with a WordPress id: "/?p=12" (a post) or "/?page_id=7" (a page).
 * Under a base path both are served under it ("/blog/2016/…", "/blog/?p=12").
 *
 * Pure, with no Node APIs: the home page's script imports it.
 */

/** The query parameters by which WordPress addresses a post ("?p=12") or a page ("?page_id=7"). */
export const WORDPRESS_ID_PARAMS = ['p', 'page_id'] as const;
export type WordPressIdParam = (typeof WORDPRESS_ID_PARAMS)[number];

export type OldUrl = { kind: 'path'; path: string } | { kind: 'query'; param: WordPressIdParam; id: string };

const DIGITS = /^\d+$/;
const QUERY_URL = new RegExp(`^/\\?(${WORDPRESS_ID_PARAMS.join('|')})=(\\d+)$`);

/** Characters a file name cannot hold, or that would change what the path means once decoded. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSERVABLE = /[/\\?#\u0000-\u001f\u007f]/;

/** What is wrong with `url` as an old URL, or undefined when it is one. Says it after the URL: `"x" <problem>`. */
export function oldUrlProblem(url: string): string | undefined {
  if (!url.startsWith('/')) return 'must start with / (an address on the old site, from its root)';
  if (url.startsWith('//')) return 'must not start with // (that names another host)';
  if (url.includes('#')) return 'must not contain # (browsers never send the fragment, so no redirect could match it)';
  if (url.includes('?')) {
    return QUERY_URL.test(url) ? undefined : 'may have a query only as /?p=<digits> or /?page_id=<digits> (a WordPress id, on the root)';
  }
  // Written as a browser requests it ("/caf%C3%A9/") or not ("/café/"), a path must name the same segments once requested.
  const requested = requestPath(url);
  let segments: string[];
  let requestedSegments: string[];
  try {
    segments = url.split('/').map(decodeURIComponent);
    requestedSegments = requested.split('/').map(decodeURIComponent);
  } catch {
    return 'has a malformed %-escape (a % of the path itself is written %25)';
  }
  if (segments.join('/') !== requestedSegments.join('/')) return `has a . or .. segment or a \\: a browser would request "${requested}"`;
  if (segments.some((segment) => UNSERVABLE.test(segment))) return 'has an escaped /, \\, ?, # or control character, which no file can be named after';
  return undefined;
}

/** An old path as a browser requests it, percent-encoded: "/café/" -> "/caf%C3%A9/" (and "/caf%C3%A9/" as it is). */
export function requestPath(path: string): string {
  return new URL(path, 'http://old.invalid').pathname;
}

/** An old URL read: a path, or the root with a WordPress id. Throws on a URL that oldUrlProblem() refuses. */
export function readOldUrl(url: string): OldUrl {
  const problem = oldUrlProblem(url);
  if (problem) throw new Error(`"${url}" ${problem}`);
  const query = QUERY_URL.exec(url);
  return query ? { kind: 'query', param: query[1] as WordPressIdParam, id: query[2]! } : { kind: 'path', path: url };
}

/** The old URL a query string asks for ("?p=12&x=1" -> "/?p=12"), as written in redirectFrom; undefined when it has no WordPress id. */
export function oldQueryUrl(search: string): string | undefined {
  const params = new URLSearchParams(search);
  for (const param of WORDPRESS_ID_PARAMS) {
    const id = params.get(param);
    if (id !== null && DIGITS.test(id)) return `/?${param}=${id}`;
  }
  return undefined;
}

/**
 * The file, relative to the output, that serves the redirect page of an old
 * path: a path ending in .html is that file; any other is a folder
 * with an index.html, as the site's own pages are, so "/hello-world" and
 * "/hello-world/" are both "hello-world/index.html" (static hosts serve a
 * folder's index.html for its path without the slash too, by a redirect to
 * it or directly). Decoded, as file names are: a host decodes the request's
 * path before looking for the file.
 */
export function redirectPageFile(path: string): string {
  const inSite = path.slice(1).split('/').map(decodeURIComponent).join('/');
  if (inSite.endsWith('.html')) return inSite;
  return inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : `${inSite}/index.html`;
}

/**
 * The first segments of the paths the site serves itself: its routes
 * (src/pages), the folders of public/ (media/ for self-hosted videos,
 * video-posters/) and what the build writes (_astro/, pagefind/,
 * social-cards/, the sitemaps, the host files). An old URL under one of them
 * would replace a page of the site, or one it may have tomorrow (a new tag,
 * a new post).
 */
const SITE_SEGMENTS = new Set([
  'index.html',
  'about',
  'posts',
  'tags',
  'series',
  'conferences',
  'archive',
  'entities',
  'search',
  '404.html',
  'rss.xml',
  'robots.txt',
  'search-words.json',
  'query-redirects.json',
  'favicon.svg',
  'media',
  'video-posters',
  '_astro',
  'pagefind',
  'social-cards',
  '_headers',
  '_redirects',
]);
const SITEMAP = /^sitemap-[\w-]*\.xml$/;

/** Whether a path is one the site serves itself (the home page, or anything under SITE_SEGMENTS); case-blind, as some disks are. */
export function isSitePath(path: string): boolean {
  const first = (path.split('/')[1] ?? '').toLowerCase();
  let decoded: string;
  try {
    decoded = decodeURIComponent(first);
  } catch {
    decoded = first;
  }
  return decoded === '' || SITE_SEGMENTS.has(decoded) || SITEMAP.test(decoded);
}
