/**
 * Writes a built site's search index, in shards (search-shards.ts), each
 * kept between builds by a digest of its pages: a shard whose pages are
 * byte for byte those of a shard already indexed is copied from the cache,
 * and only the others are indexed, by Pagefind's Node API, side by side.
 *
 * Only pages that mark their body with `data-pagefind-body` are indexed (a
 * post's article, a network name's places; see index-contract.ts): each
 * shard is its own Pagefind index, and a shard with no such page would
 * otherwise index its pages whole.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { close, createIndex } from 'pagefind';
import { createFileReader, listFiles } from '../lib/files.node.ts';
import { searchIndexDir } from './dev-index.node.ts';
import { PAGES_PER_SHARD, SHARD_LIST_FILE, shardCount, shardFolder, shardOf } from './search-shards.ts';

/** Bumped when what is indexed, or how, changes: every cached shard is then stale. */
const INDEX_VERSION = '1';
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
function isIndexed(content: Buffer): boolean {
  for (let at = content.indexOf(ATTRIBUTE); at !== -1; at = content.indexOf(ATTRIBUTE, at + 1)) {
    const next = String.fromCharCode(content[at + ATTRIBUTE.length] ?? 0);
    const tag = content.subarray(Math.max(0, at - 2000), at + ATTRIBUTE.length).toString('latin1');
    if (/[\s=>/]/.test(next) && INDEXED_TAG.test(tag)) return true;
  }
  return false;
}

/** The part of a shard's own Pagefind bundle that the main index already has: the scripts, styles and UI. */
const BUNDLE_ONLY = /^pagefind(?:-[a-z-]+)?\.(?:js|css)$/;

export interface SearchIndexReport {
  pages: number;
  shards: number;
  /** Shards indexed in this build; the rest came from the cache. */
  indexed: number;
}

interface Shard {
  number: number;
  /** Its pages, relative to the site's folder. */
  paths: string[];
  digest: ReturnType<typeof createHash>;
}

/**
 * Indexes a shard's pages into `outputPath`. Pagefind reads a folder faster than it is sent pages one by one
 * (its own threads read and parse the files), so the pages are linked into a folder of their own first, at
 * the paths they have in the site, from which Pagefind makes their URLs.
 */
async function indexShard(siteDir: string, paths: readonly string[], outputPath: string): Promise<void> {
  const pagesDir = `${outputPath}.pages`;
  rmSync(pagesDir, { recursive: true, force: true });
  for (const path of paths) {
    mkdirSync(dirname(join(pagesDir, path)), { recursive: true });
    try {
      linkSync(join(siteDir, path), join(pagesDir, path));
    } catch {
      copyFileSync(join(siteDir, path), join(pagesDir, path)); // another file system: a copy does as well
    }
  }
  try {
    const { index, errors } = await createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: pagesDir });
    if (added.errors.length > 0) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  } finally {
    rmSync(pagesDir, { recursive: true, force: true });
  }
}

/**
 * Indexes `siteDir` into `<siteDir>/pagefind/` (shard 0, with Pagefind's
 * scripts) and `pagefind/shard-N/`, listed in `pagefind/shards.json`.
 * `cacheDir` keeps each shard by its digest; `pagesPerShard` is for tests.
 */
export async function buildSearchIndex(
  siteDir: string,
  { cacheDir, pagesPerShard = PAGES_PER_SHARD }: { cacheDir: string; pagesPerShard?: number },
): Promise<SearchIndexReport> {
  const indexDir = searchIndexDir(siteDir) + sep;
  const html = listFiles(siteDir).filter((file) => file.endsWith('.html') && !file.startsWith(indexDir));
  // Each page is read once: whether it is indexed, and its digest (its bytes are not kept: a large site's pages would fill memory).
  const readPage = createFileReader();
  const pages = html.flatMap((file) => {
    const content = readPage(file);
    if (!isIndexed(content)) return [];
    return [{ path: relative(siteDir, file).split(sep).join('/'), digest: createHash('sha256').update(content).digest('hex') }];
  });
  if (pages.length === 0) throw new Error('Pagefind indexed no pages: is data-pagefind-body missing from the post layout?');
  const count = shardCount(pages.length, pagesPerShard);
  const shards: Shard[] = Array.from({ length: count }, (_, number) => ({
    number,
    paths: [],
    digest: createHash('sha256').update(`${INDEX_VERSION}\0${PAGEFIND_VERSION}\0${number === 0 ? 'main' : 'merged'}\0`),
  }));
  for (const { path, digest } of pages) {
    const shard = shards[shardOf(path, count)]!;
    shard.paths.push(path);
    shard.digest.update(`${path}\0${digest}\n`);
  }
  const digests = shards.map((shard) => shard.digest.digest('hex').slice(0, 32));

  mkdirSync(cacheDir, { recursive: true });
  const missing = shards.filter((shard) => !existsSync(join(cacheDir, digests[shard.number]!)));
  try {
    // Side by side: the Pagefind service indexes each in its own thread.
    await Promise.all(
      missing.map(async (shard) => {
        const digest = digests[shard.number]!;
        const staging = join(cacheDir, `${digest}.tmp`);
        rmSync(staging, { recursive: true, force: true });
        await indexShard(siteDir, shard.paths, staging);
        if (shard.number > 0) for (const name of readdirSync(staging)) if (BUNDLE_ONLY.test(name)) rmSync(join(staging, name));
        renameSync(staging, join(cacheDir, digest));
      }),
    );
  } finally {
    if (missing.length > 0) await close();
  }

  const out = searchIndexDir(siteDir);
  rmSync(out, { recursive: true, force: true });
  for (const shard of shards)
    cpSync(join(cacheDir, digests[shard.number]!), shard.number === 0 ? out : join(out, shardFolder(shard.number)), { recursive: true });
  writeFileSync(join(out, SHARD_LIST_FILE), JSON.stringify(shards.slice(1).map((shard) => shardFolder(shard.number))));
  pruneCache(cacheDir, new Set(digests));
  return { pages: pages.length, shards: count, indexed: missing.length };
}

/** Keeps the shards of this build and of the one before it, so that switching between two versions of a page stays cheap. */
function pruneCache(cacheDir: string, current: ReadonlySet<string>): void {
  const previousFile = join(cacheDir, 'previous.json');
  const previous = new Set<string>(existsSync(previousFile) ? (JSON.parse(readFileSync(previousFile, 'utf8')) as string[]) : []);
  for (const name of readdirSync(cacheDir)) {
    if (name === 'previous.json' || current.has(name) || previous.has(name)) continue;
    rmSync(join(cacheDir, name), { recursive: true, force: true });
  }
  writeFileSync(previousFile, JSON.stringify([...current]));
}
