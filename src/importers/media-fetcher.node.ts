/**
 * Brings an imported blog's media files home, for every importer: each file
 * wanted is taken from a folder on disk when it is there (a copy of the old
 * site's uploads), else from the download cache, else downloaded from the
 * old site, a few at a time, with retries.
 *
 * A download is written to the cache under a temporary name and renamed
 * when complete, so an interrupted run leaves no half files: run it again
 * and it fetches only what it lacks. A second complete run downloads
 * nothing. The cache is the site's `.import-cache/` (git-ignored); the
 * writer copies from it into the site.
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';

/** One file a post needs, and where it may be found, best first. */
export interface WantedMedia {
  /** The old site's address of it: the key of the result, and of the cache (whichever address it came from). */
  url: string;
  /** Files on disk that are this file (an uploads folder's copy). */
  local: string[];
  /** Addresses to download it from, in order: the next is tried when one answers "not found". */
  remote: string[];
}

export type MediaOutcome = { file: string; from: 'folder' | 'cache' | 'download'; url: string } | { missing: string; url: string };

export interface FetchProgress {
  done: number;
  total: number;
  downloaded: number;
  failed: number;
}

export interface FetchOptions {
  /** Where downloads are kept between runs. */
  cacheDir: string;
  /** false: nothing is downloaded (`--no-download`); what is not on disk is missing. */
  download: boolean;
  /** Downloads at once: a few, to be kind to the old host. */
  concurrency?: number;
  /** Tries of one address on a network error, a time-out or a 5xx/429 answer. */
  tries?: number;
  /** How long one response may take, headers and body. */
  timeoutMs?: number;
  /** The wait before the second try; doubled for each try after it. */
  retryDelayMs?: number;
  onProgress?: ((progress: FetchProgress) => void) | undefined;
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

/** The cache's file for an address: host and path, never outside the cache. */
export function cachePath(cacheDir: string, url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const parts = [parsed.host.replace(/[^\w.-]/g, '_'), ...decodeURIComponent(parsed.pathname).split('/').filter(Boolean)];
  if (parts.some((part) => part === '..' || part === '.')) return undefined;
  const file = resolve(cacheDir, ...parts.map((part) => part.replace(/[\0]/g, '')));
  return file.startsWith(resolve(cacheDir) + sep) && parts.length > 1 ? file : undefined;
}

class HttpError extends Error {
  readonly status: number;
  readonly retryable: boolean;
  constructor(status: number, retryable: boolean) {
    super(`HTTP ${status}`);
    this.status = status;
    this.retryable = retryable;
  }
}

/** One address's bytes; throws HttpError or the network's error. Redirects are followed (fetch does, up to 20). */
async function download(url: string, timeoutMs: number): Promise<Buffer> {
  const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new HttpError(response.status, response.status >= 500 || response.status === 429 || response.status === 408);
  // A host that answers a missing file with its HTML "not found" page under 200.
  if ((response.headers.get('content-type') ?? '').startsWith('text/html')) throw new HttpError(200, false);
  return Buffer.from(await response.arrayBuffer());
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function reasonOf(error: unknown): string {
  if (error instanceof HttpError) return error.status === 200 ? 'the old site sent a web page, not the file' : `the old site answered HTTP ${error.status}`;
  const name = (error as Error).name;
  if (name === 'TimeoutError' || name === 'AbortError') return 'the old site did not answer in time';
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return `could not reach the old site (${cause ?? (error as Error).message})`;
}

/** Downloads one wanted file into the cache, trying each address in turn. */
async function fetchOne(wanted: WantedMedia, options: Required<Omit<FetchOptions, 'onProgress'>>): Promise<MediaOutcome> {
  let reason = 'no address to download it from';
  const target = cachePath(options.cacheDir, wanted.url);
  if (!target) return { missing: 'not an address that can be kept', url: wanted.url };
  for (const url of wanted.remote) {
    for (let attempt = 1; attempt <= options.tries; attempt++) {
      try {
        const bytes = await download(url, options.timeoutMs);
        mkdirSync(dirname(target), { recursive: true });
        const part = `${target}.part-${process.pid}`;
        writeFileSync(part, bytes);
        renameSync(part, target);
        return { file: target, from: 'download', url: wanted.url };
      } catch (error) {
        reason = reasonOf(error);
        const retryable = !(error instanceof HttpError) || error.retryable;
        if (!retryable) break; // "not found": the next address may have it
        if (attempt < options.tries) await sleep(options.retryDelayMs * 2 ** (attempt - 1));
        else reason += ` (${options.tries} tries)`;
      }
    }
  }
  return { missing: reason, url: wanted.url };
}

/** Finds or fetches every wanted file; the result has one outcome per wanted address. */
export async function fetchMedia(wanted: WantedMedia[], options: FetchOptions): Promise<Map<string, MediaOutcome>> {
  const settings = { concurrency: 4, tries: 3, timeoutMs: 30_000, retryDelayMs: 500, ...options };
  const outcomes = new Map<string, MediaOutcome>();
  const toDownload: WantedMedia[] = [];
  for (const item of wanted) {
    if (outcomes.has(item.url)) continue;
    const local = item.local.find(isFile);
    const cache = cachePath(settings.cacheDir, item.url);
    const cached = cache && isFile(cache) ? cache : undefined;
    if (local) outcomes.set(item.url, { file: local, from: 'folder', url: item.url });
    else if (cached) outcomes.set(item.url, { file: cached, from: 'cache', url: item.url });
    else if (!settings.download)
      outcomes.set(item.url, { missing: item.local.length > 0 ? 'not in the uploads folder' : 'not downloaded (--no-download)', url: item.url });
    else toDownload.push(item);
  }

  const progress: FetchProgress = { done: 0, total: toDownload.length, downloaded: 0, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < toDownload.length) {
      const item = toDownload[next++]!;
      const outcome = await fetchOne(item, settings);
      outcomes.set(item.url, outcome);
      progress.done++;
      if ('file' in outcome) progress.downloaded++;
      else progress.failed++;
      options.onProgress?.({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency, toDownload.length) }, worker));
  return outcomes;
}
