/**
 * The map of old WordPress id URLs ("/?p=12") to their posts, at
 * QUERY_REDIRECTS_PATH. The home page fetches it only when it is opened
 * with such an id (src/redirects/query-redirect.client.ts). Written only when
 * some post has one: a dynamic route, since a static one always writes its file.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { getRedirects } from '../collections/queries.ts';
import { paths, QUERY_REDIRECTS_PATH } from '../lib/urls.ts';
import { queryRedirectMap } from '../redirects/redirect-list.ts';

export const getStaticPaths = (async () => {
  const map = queryRedirectMap(await getRedirects(), paths.home());
  // The route's one path is QUERY_REDIRECTS_PATH: "/query-redirects.json" is { queryRedirects: 'query-redirects' }.
  const name = QUERY_REDIRECTS_PATH.slice(1, -'.json'.length);
  return Object.keys(map).length > 0 ? [{ params: { queryRedirects: name }, props: { map } }] : [];
}) satisfies GetStaticPaths;

export function GET({ props }: APIContext<{ map: Record<string, string> }>) {
  return new Response(JSON.stringify(props.map), { headers: { 'Content-Type': 'application/json' } });
}
