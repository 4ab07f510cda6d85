/**
 * `_redirects`, the redirect file Netlify and Cloudflare Pages read: a 301
 * from each old URL of a post (src/redirects/redirect-list.ts) to the post,
 * both under the base path being built. Written by the hosting integration,
 * only when some post has an old URL.
 *
 * Paths are written percent-encoded, as both hosts ask ("/café/" is
 * "/caf%C3%A9/"). Which host reads which line:
 * - A path: `/blog/2016/02/02/hello-world/ /blog/posts/hello-world/ 301`.
 *   Cloudflare Pages follows it even though the redirect page exists at that
 *   path. Netlify serves the page instead (a file at the path "shadows" a
 *   rule that is not forced), and the page moves the browser on by itself.
 *   Forced (`301!`), Netlify would redirect too, but Cloudflare Pages
 *   refuses that status and would drop the line.
 * - A WordPress id: `/blog/ p=12 /blog/posts/hello-world/ 301!`, Netlify's
 *   query syntax, read by Netlify only; forced, or the home page at that
 *   path would shadow it. Cloudflare Pages skips a line of four fields (it
 *   cannot match a query); there, and on hosts without `_redirects` (GitHub
 *   Pages), the home page's script redirects (src/redirects/).
 */
import { joinBase } from '../lib/base-path.ts';
import { readOldUrl, requestPath } from '../redirects/old-url.ts';
import type { Redirect } from '../redirects/redirect-list.ts';

export function redirectsFile(redirects: readonly Redirect[], base: string): string {
  const lines = redirects.map(({ from, to }) => {
    const old = readOldUrl(from);
    const target = joinBase(base, to);
    return old.kind === 'path' ? `${joinBase(base, requestPath(old.path))} ${target} 301` : `${joinBase(base, '/')} ${old.param}=${old.id} ${target} 301!`;
  });
  return `# Redirects from the posts' old URLs, written by the build (src/host-config/redirects-file.ts says which host reads which line).\n${lines.join('\n')}\n`;
}

export interface RedirectRule {
  /** The path the rule matches. */
  from: string;
  /** The query it also matches ("p=12"), Netlify's syntax; undefined for a path alone. */
  query?: string | undefined;
  to: string;
  status: string;
  /** 1-based line in the file. */
  line: number;
}

/** Reads a `_redirects` file back into rules, as those hosts split it: fields separated by spaces, `#` comments. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text.split('\n').flatMap((raw, index) => {
    const fields = raw
      .replace(/(^|\s+)#.*$/, '')
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    if (fields.length === 0) return [];
    const [from = '', ...rest] = fields;
    const query = rest[0]?.includes('=') && !rest[0].startsWith('/') ? rest.shift() : undefined;
    const [to = '', status = ''] = rest;
    return [{ from, query, to, status, line: index + 1 }];
  });
}
