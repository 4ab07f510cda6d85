/**
 * The page served at a post's old path: it sends the browser on at once
 * (`<meta http-equiv="refresh">`, which any static host serves and the CSP
 * does not restrict: no script), tells search engines where the post is now
 * (canonical, noindex), and says so in a sentence with a plain link for
 * anyone it does not move on. Built as a tree (hastscript), so the post's
 * title is always text. No styles, and no dark scheme: the browser's own
 * dark colours give a link too little contrast, and the page is seen for an
 * instant if at all.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { SITE } from '../config/site.ts';

export interface RedirectPage {
  /** The post's title. */
  title: string;
  /** The post's path, base path included: "/blog/posts/hello-world/". */
  to: string;
  /** The post's absolute URL, when the site has an origin. */
  canonical?: string | undefined;
  /** What the page says it is, when not a post that moved: its heading (the document's title too). */
  heading?: string;
}

export function redirectPageHtml({ title, to, canonical, heading }: RedirectPage): string {
  const page = h('html', { lang: SITE.locale }, [
    h('head', [
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', heading ?? `Moved: ${title}`),
      h('meta', { name: 'robots', content: 'noindex' }),
      canonical ? h('link', { rel: 'canonical', href: canonical }) : undefined,
      h('meta', { httpEquiv: 'refresh', content: `0; url=${to}` }),
    ]),
    h('body', [h('main', [h('h1', heading ?? 'This post has moved'), h('p', [heading ? 'See ' : 'It is now at ', h('a', { href: to }, title), '.'])])]),
  ]);
  // An uppercase doctype, as Astro writes its pages and html-validate asks.
  return `${toHtml({ type: 'root', children: [{ type: 'doctype' }, page] }, { upperDoctype: true })}\n`;
}
