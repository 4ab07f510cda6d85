/**
 * What any host must do for the built site, in one place, for a given base
 * path. Every host file is made from this: `_headers` (headers-file.ts),
 * the nginx and Caddy configurations in server-config/, and the CloudFront
 * response-headers policy. The tests start real servers with those files
 * and check each rule here over HTTP.
 */
import { joinBase, normaliseBase } from '../lib/base-path.ts';
import { IMMUTABLE_CACHE, SECURITY_HEADERS } from '../config/site.ts';

/** HTML and other unhashed files: always revalidated, so a new build shows at once. */
export const REVALIDATE_CACHE = 'public, max-age=0, must-revalidate';

/**
 * Types a host may not know. Pagefind's index files (`.pf_meta`,
 * `.pf_index`, `.pf_fragment`, `.pf_filter`) are gzip data it fetches and
 * unpacks itself; `.wasm` must be `application/wasm` for streaming compilation.
 */
export const EXTRA_MIME_TYPES: Readonly<Record<string, string>> = {
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  // Pagefind's WebAssembly (`wasm.en.pagefind`), gzip data as well: without a type Caddy sniffs one (application/x-gzip).
  pagefind: 'application/octet-stream',
  wasm: 'application/wasm',
};

/**
 * What a server compresses on the fly: text. Not images, and not Pagefind's
 * files, which Pagefind writes gzip-compressed already (compressing them
 * again costs CPU and saves nothing). text/html is listed though nginx
 * always compresses it (its generator leaves it out).
 */
export const COMPRESSIBLE_TYPES: readonly string[] = [
  'text/html',
  'text/css',
  'text/plain',
  'text/xml',
  'text/javascript',
  'application/javascript',
  'application/json',
  'application/xml',
  'application/rss+xml',
  'image/svg+xml',
];

export interface HostRules {
  /** The base path the site is mounted at: "/" or "/blog/". */
  base: string;
  /** Sent with every response. */
  securityHeaders: Readonly<Record<string, string>>;
  /** Path prefixes (under the base) whose files have content hashes in their names: cached for good. */
  immutablePrefixes: string[];
  immutableCache: string;
  /** Every other file. */
  revalidateCache: string;
  /** Served, with status 404, for a path that has no file. */
  notFoundPage: string;
  /** A path to a folder without its trailing slash is redirected (301) to the slash form. */
  slashRedirect: true;
  mimeTypes: Readonly<Record<string, string>>;
  /** Response types compressed on the fly (gzip) when the client accepts it. */
  compressTypes: readonly string[];
}

export function hostRules(base: string): HostRules {
  return {
    base: normaliseBase(base),
    securityHeaders: SECURITY_HEADERS,
    immutablePrefixes: [joinBase(base, '_astro/')],
    immutableCache: IMMUTABLE_CACHE,
    revalidateCache: REVALIDATE_CACHE,
    notFoundPage: joinBase(base, '404.html'),
    slashRedirect: true,
    mimeTypes: EXTRA_MIME_TYPES,
    compressTypes: COMPRESSIBLE_TYPES,
  };
}
