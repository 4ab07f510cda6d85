/**
 * Writes a built site's search index, in shards (search-shards.ts), each
 * kept between builds by a digest of its pages: a shard whose pages are
 * byte for byte those of a shard indexed before is copied from the cache.
 *
 * Pagefind indexes in a process of its own, so the pages go to it while
 * Astro renders the rest (`pageRendered`, called for each page by the
 * prerenderer of src/lib/rendered-pages.node.ts): the indexing runs on the
 * second core beside the page pass, not after it. A shard is fed from its
 * first page that differs from the last build's (a cold build feeds them
 * all); a shard none of whose pages changed is not fed, and is taken from
 * the cache when the pages are written (`finish`).
 *
 * Pagefind numbers a shard's pages in the order they are added, and the
 * numbers are in its files. So each shard's pages go in one order, sorted by
 * path, however they reach it: the pages render in that order, a page Astro
 * copied from the last build instead of rendering is read from the output
 * when its turn comes, and a shard whose feed does not end with exactly the
 * pages it has is indexed again from the files. The same pages make the same
 * index, fed or not, which a cached shard relies on (tests/build/rebuild.test.ts).
 *
 * Only pages that mark their body with `data-pagefind-body` are indexed (a
 * post's article, a network name's places; see index-contract.ts): each
 * shard is its own Pagefind index, and a shard with no such page would
 * otherwise index its pages whole.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { createFileReader, listFiles, writeFileAtomic } from '../lib/files.node.ts';
import { searchIndexDir } from './dev-index.node.ts';
import { PAGES_PER_SHARD, SHARD_LIST_FILE, shardCount, shardFolder, shardOf } from './search-shards.ts';

/** Bumped when what is indexed, or how, changes: every cached shard is then stale. */
const INDEX_VERSION = '2';
/** Pagefind's own version, from its package.json (which its exports do not name: found along Node's lookup paths). */
const PAGEFIND_VERSION = (() => {
  const folders = createRequire(import.meta.url).resolve.paths('pagefind') ?? [];
  const manifest = folders.map((folder) => join(folder, 'pagefind/package.json')).find((file) => existsSync(file));
  if (!manifest) throw new Error('Pagefind is not installed (no node_modules/pagefind/package.json)');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
})();

/** A page opts in by the attribute on an element, not by the words in a listing: the tag that the attribute ends in. */
const INDEXED_TAG = /<[a-z][^<>]*\sdata-pagefind-body$/i;
const ATTRIBUTE = 'data-pagefind-body';

/** Whether the page has `data-pagefind-body` on an element (read from the bytes, near each mention). */
function isIndexed(content: Uint8Array): boolean {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  for (let at = bytes.indexOf(ATTRIBUTE); at !== -1; at = bytes.indexOf(ATTRIBUTE, at + 1)) {
    const next = String.fromCharCode(bytes[at + ATTRIBUTE.length] ?? 0);
    const tag = bytes.subarray(Math.max(0, at - 2000), at + ATTRIBUTE.length).toString('latin1');
    if (/[\s=>/]/.test(next) && INDEXED_TAG.test(tag)) return true;
  }
  return false;
}

/** The part of a shard's own Pagefind bundle that the main index already has: the scripts, styles and UI. */
const BUNDLE_ONLY = /^pagefind(?:-[a-z-]+)?\.(?:js|css)$/;
/** The last build's indexed pages and their digests, kept beside the shards: a page that differs from it starts its shard's feed. */
const PAGE_LIST_FILE = 'pages.json';
/** Pages handed to Pagefind and not yet indexed, at most: past it the page pass waits, so the messages do not pile up in memory. */
const IN_FLIGHT = 32;

export interface SearchIndexReport {
  pages: number;
  shards: number;
  /** Shards indexed in this build; the rest came from the cache. */
  indexed: number;
  /** Of those, the shards fed while the pages rendered. */
  fed: number;
}

interface Page {
  digest: string;
  indexed: boolean;
}

const pageOf = (content: Uint8Array): Page => ({ digest: createHash('sha256').update(content).digest('hex'), indexed: isIndexed(content) });

/** A shard's Pagefind index, and the pages it has been given, in order. */
interface Feed {
  index: PagefindIndex;
  given: { path: string; digest: string }[];
}

/** The shards the page pass feeds: how many there are, each one's pages in order, and how far each has been given. */
interface Plan {
  count: number;
  order: string[][];
  /** A page's place in its shard's order. */
  place: Map<string, number>;
  /** Per shard: the pages before this place have been given to its feed, or were not indexed. */
  next: number[];
  feeds: Map<number, Feed>;
}

/**
 * One build's search index. `plan()` and `pageRendered()` feed it during the page pass; without them, `finish()`
 * indexes the built pages as they are, which is what `buildSearchIndex()` does. `pagesPerShard` is for tests.
 */
export class SearchIndexBuild {
  readonly #siteDir: string;
  readonly #cacheDir: string;
  readonly #pagesPerShard: number;
  readonly #readPage = createFileReader();
  /** Pages rendered in this build: what Astro writes, so they need not be read again. */
  readonly #rendered = new Map<string, Page>();
  readonly #inFlight: Promise<void>[] = [];
  #failure: unknown;
  #plan: Plan | undefined;
  /** The last build's indexed pages (their digests); undefined when there is none, and every shard is fed. */
  #previous: Map<string, string> | undefined;

  constructor(siteDir: string, { cacheDir, pagesPerShard = PAGES_PER_SHARD }: { cacheDir: string; pagesPerShard?: number }) {
    this.#siteDir = siteDir;
    this.#cacheDir = cacheDir;
    this.#pagesPerShard = pagesPerShard;
  }

  /** The HTML files the build will write (relative to the site's folder), before the first renders, in the order they render. */
  plan(files: readonly string[]): void {
    const count = shardCount(files.length, this.#pagesPerShard);
    const order: string[][] = Array.from({ length: count }, () => []);
    for (const file of [...files].sort()) order[shardOf(file, count)]!.push(file);
    const place = new Map(order.flatMap((paths) => paths.map((path, at) => [path, at] as const)));
    this.#plan = { count, order, place, next: order.map(() => 0), feeds: new Map() };
    const listFile = join(this.#cacheDir, PAGE_LIST_FILE);
    this.#previous = existsSync(listFile) ? new Map(Object.entries(JSON.parse(readFileSync(listFile, 'utf8')) as Record<string, string>)) : undefined;
  }

  /** A page as Astro renders it, `path` relative to the site's folder. Every page before it in the plan has been written. */
  async pageRendered(path: string, html: Uint8Array): Promise<void> {
    const page = pageOf(html);
    this.#rendered.set(path, page);
    const plan = this.#plan;
    const at = plan?.place.get(path);
    if (!plan || at === undefined || !page.indexed) return;
    const shard = shardOf(path, plan.count);
    let feed = plan.feeds.get(shard);
    if (!feed) {
      if (this.#previous?.get(path) === page.digest) return;
      feed = await this.#openFeed();
      plan.feeds.set(shard, feed);
    }
    await this.#catchUp(feed, plan.order[shard]!, plan.next[shard]!, at);
    await this.#give(feed, path, page.digest, Buffer.from(html.buffer, html.byteOffset, html.byteLength).toString('utf8'));
    plan.next[shard] = at + 1;
  }

  /** Once every page is written: each shard from the cache, or finished, or indexed; the index written to `<site>/pagefind/`. */
  async finish(): Promise<SearchIndexReport> {
    const indexDir = searchIndexDir(this.#siteDir) + sep;
    const files = listFiles(this.#siteDir)
      .filter((file) => file.endsWith('.html') && !file.startsWith(indexDir))
      .map((file) => relative(this.#siteDir, file).split(sep).join('/'));
    const pages = files.flatMap((path) => {
      const page = this.#rendered.get(path) ?? pageOf(this.#readPage(join(this.#siteDir, path)));
      return page.indexed ? [{ path, digest: page.digest }] : [];
    });
    if (pages.length === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the post layout?');
    const count = shardCount(files.length, this.#pagesPerShard);
    const shards = Array.from({ length: count }, () => [] as { path: string; digest: string }[]);
    for (const page of pages) shards[shardOf(page.path, count)]!.push(page);
    const digests = shards.map((shardPages, number) => {
      const digest = createHash('sha256').update(`${INDEX_VERSION}\0${PAGEFIND_VERSION}\0${number === 0 ? 'main' : 'merged'}\0`);
      for (const { path, digest: pageDigest } of shardPages) digest.update(`${path}\0${pageDigest}\n`);
      return digest.digest('hex').slice(0, 32);
    });
    // Fed for another count of shards (pages the plan did not foresee), the feeds are of no use.
    const plan = this.#plan?.count === count ? this.#plan : undefined;
    const stale = this.#plan && !plan ? [...this.#plan.feeds.values()] : [];

    mkdirSync(this.#cacheDir, { recursive: true });
    let indexed = 0;
    let fed = 0;
    try {
      await Promise.all(
        shards.map(async (shardPages, number) => {
          const digest = digests[number]!;
          let feed = plan?.feeds.get(number);
          if (existsSync(join(this.#cacheDir, digest))) {
            if (feed) await this.#drop(feed);
            return;
          }
          indexed++;
          if (plan && feed) {
            const order = plan.order[number]!;
            await this.#catchUp(feed, order, plan.next[number]!, order.length);
            if (sameList(feed.given, shardPages)) fed++;
            else {
              await this.#drop(feed);
              feed = undefined;
            }
          }
          if (!feed) {
            feed = await this.#openFeed();
            for (const { path } of shardPages) await this.#give(feed, path, '', this.#readPage(join(this.#siteDir, path)).toString('utf8'));
          }
          await this.#write(feed, digest, number);
        }),
      );
      for (const feed of stale) await this.#drop(feed);
    } finally {
      await close();
    }

    const out = searchIndexDir(this.#siteDir);
    rmSync(out, { recursive: true, force: true });
    for (const [number, digest] of digests.entries())
      cpSync(join(this.#cacheDir, digest), number === 0 ? out : join(out, shardFolder(number)), { recursive: true });
    writeFileSync(join(out, SHARD_LIST_FILE), JSON.stringify(digests.slice(1).map((_, at) => shardFolder(at + 1))));
    pruneCache(this.#cacheDir, new Set(digests));
    writeFileAtomic(join(this.#cacheDir, PAGE_LIST_FILE), JSON.stringify(Object.fromEntries(pages.map(({ path, digest }) => [path, digest]))));
    return { pages: pages.length, shards: count, indexed, fed };
  }

  async #openFeed(): Promise<Feed> {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    return { index, given: [] };
  }

  /** Gives the feed the indexed pages of `order` from `from` up to `to`, read from the output, where Astro has written them. */
  async #catchUp(feed: Feed, order: readonly string[], from: number, to: number): Promise<void> {
    for (let at = from; at < to; at++) {
      const path = order[at]!;
      const file = join(this.#siteDir, path);
      if (!existsSync(file)) continue;
      const content = this.#readPage(file);
      const page = this.#rendered.get(path) ?? pageOf(content);
      if (page.indexed) await this.#give(feed, path, page.digest, content.toString('utf8'));
    }
  }

  /** Hands Pagefind one page; waits only when too many are on their way. */
  async #give(feed: Feed, path: string, digest: string, content: string): Promise<void> {
    feed.given.push({ path, digest });
    const added = feed.index.addHTMLFile({ sourcePath: path, content }).then(
      ({ errors }) => {
        if (errors.length > 0) this.#failure ??= new Error(`Pagefind could not index ${path}: ${errors.join('; ')}`);
      },
      (error: unknown) => {
        this.#failure ??= error;
      },
    );
    this.#inFlight.push(added);
    while (this.#inFlight.length >= IN_FLIGHT) await this.#inFlight.shift();
  }

  async #settle(): Promise<void> {
    while (this.#inFlight.length > 0) await this.#inFlight.shift();
    if (this.#failure) throw this.#failure instanceof Error ? this.#failure : new Error(String(this.#failure));
  }

  async #drop(feed: Feed): Promise<void> {
    await this.#settle();
    await feed.index.deleteIndex();
  }

  /** Writes the feed's index into the cache under its digest (through a staging folder, so a cached shard is always whole). */
  async #write(feed: Feed, digest: string, number: number): Promise<void> {
    await this.#settle();
    const staging = join(this.#cacheDir, `${digest}.tmp`);
    rmSync(staging, { recursive: true, force: true });
    const written = await feed.index.writeFiles({ outputPath: staging });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await feed.index.deleteIndex();
    if (number > 0) for (const name of readdirSync(staging)) if (BUNDLE_ONLY.test(name)) rmSync(join(staging, name));
    rmSync(join(this.#cacheDir, digest), { recursive: true, force: true });
    renameSync(staging, join(this.#cacheDir, digest));
  }
}

/** Whether a feed was given exactly a shard's pages, in order (a page given from a file, in the last indexing, has no digest to compare). */
function sameList(given: readonly { path: string; digest: string }[], pages: readonly { path: string; digest: string }[]): boolean {
  return given.length === pages.length && given.every((page, at) => page.path === pages[at]!.path && page.digest === pages[at]!.digest);
}

/**
 * Indexes `siteDir`, as built, into `<siteDir>/pagefind/` (shard 0, with Pagefind's scripts) and
 * `pagefind/shard-N/`, listed in `pagefind/shards.json`. `cacheDir` keeps each shard by its digest.
 */
export function buildSearchIndex(siteDir: string, options: { cacheDir: string; pagesPerShard?: number }): Promise<SearchIndexReport> {
  return new SearchIndexBuild(siteDir, options).finish();
}

/** Keeps the shards of this build and of the one before it, so that switching between two versions of a page stays cheap. */
function pruneCache(cacheDir: string, current: ReadonlySet<string>): void {
  const previousFile = join(cacheDir, 'previous.json');
  const previous = new Set<string>(existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as string[]) : []);
  for (const name of readdirSync(cacheDir)) {
    if (name === 'previous.json' || name === PAGE_LIST_FILE || current.has(name) || previous.has(name)) continue;
    rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  writeFileSync(previousFile, JSON.stringify([...current]));
}
