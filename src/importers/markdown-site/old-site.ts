/**
 * Addresses of the old site, as a post's links and images name them:
 * relative to the post's own old address (as a browser read them), or
 * from the root, or absolute with the old site's host. An address is the
 * old site's when it has its host (or none); its path is read from the old
 * site's root, its base path left out, as old paths are everywhere here.
 */

export type Located =
  /** Another site's, or not a web address (`mailto:`): left as it is. */
  | { kind: 'elsewhere' }
  /** The old site's host, outside its base path: another application's page, or a file written without the base path. */
  | { kind: 'outside'; url: string; path: string }
  | {
      kind: 'site';
      /** From the old site's root, decoded: `/2016/02/02/bond-modes.html`. */
      path: string;
      search: string;
      hash: string;
      /** Written relative to the post (`diagram.png`, `../assets/a.png`): the post's own folder may have it. */
      relative: boolean;
    };

const bareHost = (host: string) => host.replace(/^www\./, '').toLowerCase();
const STAND_IN = 'https://old-site.invalid';

export class OldSite {
  readonly siteUrl: string | undefined;
  readonly basePath: string;
  readonly #origin: string;

  constructor(siteUrl: string | undefined, basePath: string) {
    this.siteUrl = siteUrl;
    this.basePath = basePath;
    this.#origin = siteUrl ? new URL(siteUrl).origin : STAND_IN;
  }

  /** What `ref`, written in a post whose old path is `from`, points at. */
  locate(ref: string, from: string | undefined): Located {
    const written = ref.trim();
    if (/^[a-z][a-z\d+.-]*:/i.test(written) && !/^https?:/i.test(written)) return { kind: 'elsewhere' };
    let url: URL;
    try {
      url = new URL(written, `${this.#origin}${this.basePath}${from ?? '/'}`);
    } catch {
      return { kind: 'elsewhere' };
    }
    if (!/^https?:$/.test(url.protocol) || bareHost(url.hostname) !== bareHost(new URL(this.#origin).hostname)) return { kind: 'elsewhere' };
    let path = url.pathname;
    try {
      path = decodeURI(path);
    } catch {
      // kept as requested
    }
    if (this.basePath && path !== this.basePath && !path.startsWith(`${this.basePath}/`)) return { kind: 'outside', url: url.href, path };
    return {
      kind: 'site',
      path: path.slice(this.basePath.length) || '/',
      search: url.search,
      hash: url.hash,
      relative: !/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(written),
    };
  }

  /** The old site's full address of a path (from its root), when the config says where it was. */
  absolute(path: string, rest = ''): string | undefined {
    return this.siteUrl ? `${new URL(`${this.siteUrl}${path}`).href}${rest}` : undefined;
  }
}

/** A key for matching an address against old paths: lower case, one trailing slash, no `index.html` or `.html`. */
export function pathKey(path: string): string {
  return path
    .toLowerCase()
    .replace(/\/index\.html?$/, '/')
    .replace(/\.html?$/, '')
    .replace(/\/?$/, '/');
}
