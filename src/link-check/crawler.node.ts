/**
 * Reads a built site from disk: its pages, the URLs they reference (a
 * redirect page's `<meta http-equiv="refresh">` too), the rules of its
 * `_redirects`, and whether those resolve. Used by the build
 * (link-check-integration.ts) and by the tests. HTML is tokenised (htmlparser2), not pattern-matched, so
 * attributes are read the way a browser reads them: entities decoded, names
 * in any case, values quoted or not. A tokeniser is all a link check needs,
 * and it is eight times faster than building a tree (hast-util-from-html
 * took 6.5 ms for a listing-heavy page, htmlparser2 0.8 ms).
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeXML } from 'entities';
import { Parser } from 'htmlparser2';
// Lists files from directory entries alone: Pagefind may be writing its index beside the crawl.
import { listFiles } from '../lib/files.node.ts';
import { pathUnderBase } from '../lib/base-path.ts';
import { parseRedirectsFile } from '../hosting/redirects-file.ts';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;
/** `<meta>` tags whose content is a URL. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

/** The URL of a `<meta http-equiv="refresh">`'s content, "0; url=/posts/x/" (quotes and `url=` optional, as browsers read it). */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d[\d.]*\s*[;,]\s*(?:url\s*=\s*)?(["']?)(.*?)\1\s*$/i.exec(content);
  return match?.[2] || undefined;
}

export interface PageLinks {
  /** Every URL the page references: href, src, srcset, action, poster, and URL-valued meta tags. */
  urls: string[];
  /** Every id on the page, for #anchors. */
  ids: Set<string>;
}

export function readPage(html: string): PageLinks {
  const urls: string[] = [];
  const ids = new Set<string>();
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        for (const attribute of URL_ATTRIBUTES) {
          const value = attributes[attribute];
          if (value !== undefined) urls.push(value.trim());
        }
        // srcset: comma-separated candidates, each a URL and an optional descriptor ("image.webp 400w").
        const srcSet = attributes['srcset'];
        if (srcSet !== undefined) for (const candidate of srcSet.split(',')) urls.push(candidate.trim().split(/\s+/)[0] ?? '');
        if (name === 'meta' && attributes['content'] !== undefined) {
          if ([attributes['property'], attributes['name']].some((key) => key !== undefined && URL_META.has(key))) urls.push(attributes['content'].trim());
          if (attributes['http-equiv']?.toLowerCase() === 'refresh') urls.push(refreshUrl(attributes['content']) ?? '');
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  return { urls: urls.filter((url) => url !== ''), ids };
}

/**
 * URLs listed in an RSS feed or a sitemap: the text of their <link>, <loc>
 * and <guid> elements, and every URL in the posts a feed carries
 * (`content:encoded`, escaped HTML).
 */
export function xmlUrls(xml: string): string[] {
  const listed = [...xml.matchAll(/<(link|loc|guid)\b[^>]*>([^<]+)<\/\1>/g)].map((m) => decodeXML(m[2]!.trim()));
  const inPosts = [...xml.matchAll(/<content:encoded>([^<]*)<\/content:encoded>/g)].flatMap((m) => readPage(decodeXML(m[1]!)).urls);
  return [...listed, ...inPosts];
}

/**
 * The file (relative to the output) a site path is served from, or undefined.
 * `base` is the site's base path ("/" or "/blog/"); a path outside it cannot
 * resolve. `files` is every file of the output, listed once per crawl: a
 * set look-up instead of two file-system calls for each of tens of thousands
 * of links.
 */
export function fileForPath(files: ReadonlySet<string>, base: string, path: string): string | undefined {
  const underBase = pathUnderBase(path, base);
  if (underBase === undefined) return undefined;
  const inSite = decodeURIComponent(underBase);
  const candidate = inSite === '' || inSite.endsWith('/') ? `${inSite}index.html` : inSite;
  return files.has(candidate) ? candidate : undefined;
}

export interface BrokenReference {
  page: string;
  url: string;
  reason: string;
}

/**
 * The rules of a `_redirects` file (src/hosting/redirects-file.ts): each
 * old URL must be under `base` (a host applies the file to the whole
 * domain), and each internal target must lead to a file of the output.
 */
export function findBrokenRedirects(text: string, files: ReadonlySet<string>, siteOrigin: string, base: string): BrokenReference[] {
  const broken: BrokenReference[] = [];
  for (const rule of parseRedirectsFile(text)) {
    const page = `_redirects line ${rule.line}`;
    if (!rule.from.startsWith(base)) broken.push({ page, url: rule.from, reason: `redirects from outside the base path ${base}` });
    const target = new URL(rule.to, `${siteOrigin}${base}`);
    if (target.origin !== siteOrigin) continue;
    if (!target.pathname.startsWith(base)) broken.push({ page, url: rule.to, reason: `outside the base path ${base}` });
    else if (!fileForPath(files, base, target.pathname)) broken.push({ page, url: rule.to, reason: 'no such file' });
  }
  return broken;
}

/**
 * Checks every internal reference of every page, feed and sitemap in `outDir`,
 * and every rule of its `_redirects`: it must stay under `base` and lead to a
 * file (and to an existing #anchor).
 */
export function findBrokenReferences(outDir: string, siteOrigin: string, base: string): { checked: number; broken: BrokenReference[] } {
  const broken: BrokenReference[] = [];
  const pages = new Map<string, PageLinks>();
  const pageOf = (file: string): PageLinks => {
    let page = pages.get(file);
    if (!page) {
      page = readPage(readFileSync(file, 'utf8'));
      pages.set(file, page);
    }
    return page;
  };
  const files = listFiles(outDir);
  const served = new Set(files.map((file) => relative(outDir, file).split(sep).join('/')));
  let checked = 0;
  if (served.has('_redirects')) {
    const text = readFileSync(join(outDir, '_redirects'), 'utf8');
    checked += parseRedirectsFile(text).length;
    broken.push(...findBrokenRedirects(text, served, siteOrigin, base));
  }
  for (const file of files) {
    const page = relative(outDir, file).split(sep).join('/');
    let urls: string[];
    if (file.endsWith('.html')) urls = pageOf(file).urls;
    else if (file.endsWith('.xml')) urls = xmlUrls(readFileSync(file, 'utf8'));
    else continue;
    for (const raw of urls) {
      const url = new URL(raw, `${siteOrigin}${base}${page}`);
      if (url.origin !== siteOrigin) continue; // external: not ours to check
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      checked++;
      const target = fileForPath(served, base, url.pathname);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: raw, reason: `outside the base path ${base}` });
      } else if (!target) {
        broken.push({ page, url: raw, reason: 'no such file' });
      } else if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!pageOf(join(outDir, target)).ids.has(id)) broken.push({ page, url: raw, reason: `no element with id "${id}"` });
      }
    }
  }
  return { checked, broken };
}
