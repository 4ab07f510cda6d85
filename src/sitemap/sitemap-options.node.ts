/**
 * What the sitemap (@astrojs/sitemap) lists, and with which date. It lists
 * the pages a search engine should index: not the search page (its results
 * are not content), not the 404 page, and no page that says `noindex` (an old
 * URL's redirect page, should one ever be a page rather than an endpoint). A
 * post's `lastmod` is its updatedDate, else its pubDate, read from the page
 * as built (its `article:modified_time` / `article:published_time`), so the
 * sitemap says what the page says and drafts or copied pages need no
 * second lookup.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { pathUnderBase } from '../lib/base-path.ts';
import type { Deploy } from '../config/deploy.node.ts';

type SitemapItem = Parameters<NonNullable<NonNullable<SitemapOptions>['serialize']>>[0];

/** Pages that are never in the sitemap, by their site path (under the base). */
export const NOT_IN_SITEMAP = ['404/', 'search/'];

export interface PageFacts {
  noindex: boolean;
  /** The day the page says it last changed (YYYY-MM-DD), posts only. */
  lastmod?: string;
}

const metaContent = (head: string, attribute: string, name: string) => head.match(new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`))?.[1];

/** What a built page's <head> says about indexing and its dates (the tags SeoHead.astro writes). */
export function pageFacts(html: string): PageFacts {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  const noindex = /^noindex\b/.test(metaContent(head, 'name', 'robots') ?? '');
  const lastmod = metaContent(head, 'property', 'article:modified_time') ?? metaContent(head, 'property', 'article:published_time');
  return lastmod ? { noindex, lastmod } : { noindex };
}

export function sitemapOptions(deploy: Pick<Deploy, 'basePath' | 'outDir'>): NonNullable<SitemapOptions> {
  const outDir = resolve(deploy.outDir);
  const sitePath = (url: string) => pathUnderBase(new URL(url).pathname, deploy.basePath);
  return {
    filter: (page) => !NOT_IN_SITEMAP.includes(sitePath(page) ?? ''),
    serialize: (item: SitemapItem) => {
      const path = sitePath(item.url);
      if (path === undefined || !path.endsWith('/')) return item;
      let html: string;
      try {
        html = readFileSync(join(outDir, decodeURIComponent(path), 'index.html'), 'utf8');
      } catch {
        return item;
      }
      const facts = pageFacts(html);
      if (facts.noindex) return undefined;
      return facts.lastmod ? { ...item, lastmod: facts.lastmod } : item;
    },
  };
}
