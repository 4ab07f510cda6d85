/**
 * The one rule for base paths: always a leading and a trailing slash, "/" at
 * the domain root. Used by the deploy config, the URL helpers, the social
 * cards' page names, the link check, the search integration and the test
 * server.
 */

/** "/blog", "blog/", " /blog// " -> "/blog/"; "", "/" or nothing -> "/". */
export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** A URL path under the base, made site-relative ("/blog/posts/x/" -> "posts/x/"); undefined when it is outside the base. */
export function pathUnderBase(path: string, base: string): string | undefined {
  const normalised = normaliseBase(base);
  return path.startsWith(normalised) ? path.slice(normalised.length) : undefined;
}

/** Joins a site-relative path ("posts/x/" or "/posts/x/") onto a base. */
export function joinBase(base: string, path: string): string {
  return normaliseBase(base) + path.replace(/^\/+/, '');
}
