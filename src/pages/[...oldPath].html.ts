/**
 * A redirect page at each old path of a post (its `redirectFrom`), e.g.
 * `2016/02/02/hello-world/index.html`: src/redirects/old-url.ts says which
 * file serves which path. An endpoint rather than a page, so an old
 * `/archives/12.html` is that very file, and so the pages stay out of the
 * sitemap; search indexes post articles only. `.html` in the route's name, so
 * in `astro dev` it answers for no other path. No cacheKey: a redirect page
 * costs less to write than to look up.
 *
 * It also hands every redirect to the hosting integration, for `_redirects`.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { getPosts, getRedirects } from '../collections/queries.ts';
import { paths } from '../lib/urls.ts';
import { redirectPageFile } from '../redirects/old-url.ts';
import { redirectsHandover } from '../redirects/redirect-list.ts';
import { redirectPageHtml } from '../redirects/redirect-page.ts';

export const getStaticPaths = (async () => {
  const [posts, redirects] = await Promise.all([getPosts(), getRedirects()]);
  redirectsHandover.current()?.(redirects);
  const titles = new Map(posts.map((post) => [post.id, post.data.title]));
  // One page per file: a post may list "/x" and "/x/", which one page serves (the content rules refuse two posts sharing one).
  const pages = new Map<string, string>();
  for (const redirect of redirects) {
    if (redirect.kind === 'path') pages.set(redirectPageFile(redirect.from), redirect.post);
  }
  return [...pages].map(([file, post]) => ({ params: { oldPath: file.slice(0, -'.html'.length) }, props: { post, title: titles.get(post)! } }));
}) satisfies GetStaticPaths;

interface Props {
  post: string;
  title: string;
}

export function GET({ props, site }: APIContext<Props>) {
  const to = paths.post(props.post);
  const html = redirectPageHtml({ title: props.title, to, canonical: site && new URL(to, site).href });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
