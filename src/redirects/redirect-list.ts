/**
 * Every redirect of the site, from the posts' old URLs (`redirectFrom`): the
 * one list that the redirect pages (src/pages/[...oldPath].html.ts), `_redirects`
 * (src/host-config/redirects-file.ts), the home page's map of WordPress ids
 * (src/pages/[queryRedirects].json.ts) and the tests read.
 */
import { joinBase } from '../lib/base-path.ts';
import { buildHandover } from '../lib/build-handover.ts';
import { postPath } from '../lib/urls.ts';
import { readOldUrl } from './old-url.ts';

export interface Redirect {
  /** The old URL as the post lists it, from the site root: "/2016/02/02/hello-world/", "/?p=12". */
  from: string;
  /** The post's path from the site root: "/posts/hello-world/". */
  to: string;
  /** 'path': served by a redirect page; 'query': the root with a WordPress id, answered by the home page. */
  kind: 'path' | 'query';
  /** The post's id. */
  post: string;
}

/** The redirect pages' route hands every redirect of the build to the hosting integration, which writes `_redirects` when the pages are done. */
export const redirectsHandover = buildHandover<(redirects: readonly Redirect[]) => void>('redirects');

/** What listRedirects reads of a post: its id and its old URLs (validated by the schema). */
export interface RedirectSource {
  id: string;
  data: { redirectFrom?: readonly string[] | undefined };
}

/**
 * The redirects of `posts`, in their order and the order each lists its old
 * URLs. Neither the base path nor the origin is in them: whoever serves one
 * puts it under the base (joinBase, withBase).
 */
export function listRedirects(posts: readonly RedirectSource[]): Redirect[] {
  return posts.flatMap((post) => (post.data.redirectFrom ?? []).map((from) => ({ from, to: postPath(post.id), kind: readOldUrl(from).kind, post: post.id })));
}

/** The WordPress id redirects as the home page's script looks them up: each old URL ("/?p=12") to its post's path under `base`. */
export function queryRedirectMap(redirects: readonly Redirect[], base: string): Record<string, string> {
  return Object.fromEntries(redirects.filter((redirect) => redirect.kind === 'query').map((redirect) => [redirect.from, joinBase(base, redirect.to)]));
}
