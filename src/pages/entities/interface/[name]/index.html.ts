/**
 * A bridge or a bond is an interface too: `/entities/interface/br0/` sends the
 * reader on to `/entities/bridge/br0/`, the page of its kind
 * (src/network-names/entity.ts interfaceKind). An endpoint writing a redirect page
 * (src/redirects/redirect-page.ts: meta refresh, canonical, noindex), so it
 * stays out of the sitemap and the search index.
 */
import type { APIContext, GetStaticPaths } from 'astro';
import { getEntityPages } from '../../../../collections/queries.ts';
import { KIND_LABELS } from '../../../../network-names/entity.ts';
import { paths } from '../../../../lib/urls.ts';
import { redirectPageHtml } from '../../../../redirects/redirect-page.ts';

export const getStaticPaths = (async () =>
  (await getEntityPages())
    .filter((page) => page.kind === 'bridge' || page.kind === 'bond')
    .map((page) => ({ params: { name: page.slug }, props: { kind: page.kind, name: page.name, slug: page.slug } }))) satisfies GetStaticPaths;

interface Props {
  kind: 'bridge' | 'bond';
  name: string;
  slug: string;
}

export function GET({ props, site }: APIContext<Props>) {
  const to = paths.entity(props.kind, props.slug);
  const html = redirectPageHtml({
    title: `${KIND_LABELS[props.kind].one} ${props.name}`,
    heading: `${props.name} is a ${KIND_LABELS[props.kind].noun}`,
    to,
    canonical: site && new URL(to, site).href,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
