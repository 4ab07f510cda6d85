/**
 * What the link check read from each page, kept between builds by a digest
 * of the page's bytes: after one edit, only the pages that changed are
 * parsed again, and the rest of the crawl is look-ups. The check itself
 * (does each link lead somewhere) runs whole on every build, since a page
 * that did not change can still link to one that is gone.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../lib/files.node.ts';
import { readPage, type PageLinks } from './crawler.node.ts';

/** Bumped when readPage() reads pages differently: every kept reading is then stale. */
const CACHE_VERSION = 1;

interface StoredLinks {
  urls: string[];
  postBody?: { from: number; to: number };
  ids: string[];
}

export interface PageLinksCache {
  /** The links and ids of a page, from its bytes. */
  read(html: Buffer): PageLinks;
  /** Writes the readings of this crawl's pages (and only those) for the next build. */
  save(): void;
  stats(): { read: number; kept: number };
}

/** A cache in `file`; without one, every page is parsed (the tests' crawls). */
export function openPageLinksCache(file?: string): PageLinksCache {
  let stored: Record<string, StoredLinks> = {};
  if (file && existsSync(file)) {
    try {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as { version: number; pages: Record<string, StoredLinks> };
      if (parsed.version === CACHE_VERSION) stored = parsed.pages;
    } catch {
      stored = {}; // a cut-off file from an interrupted build: read every page again
    }
  }
  const used: Record<string, StoredLinks> = {};
  let read = 0;
  let kept = 0;
  return {
    read(html) {
      const digest = createHash('sha1').update(html).digest('base64url');
      const known = stored[digest] ?? used[digest];
      if (known) {
        kept++;
        used[digest] = known;
        return { urls: known.urls, ...(known.postBody && { postBody: known.postBody }), ids: new Set(known.ids) };
      }
      read++;
      const page = readPage(html.toString('utf8'));
      used[digest] = { urls: page.urls, ...(page.postBody && { postBody: page.postBody }), ids: [...page.ids] };
      return page;
    },
    save() {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileAtomic(file, JSON.stringify({ version: CACHE_VERSION, pages: used }));
    },
    stats: () => ({ read, kept }),
  };
}
