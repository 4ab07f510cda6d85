/**
 * Reads a built site from disk: its pages, the URLs they reference, and
 * whether those resolve. Used by the build (src/integrations/link-check.ts)
 * and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

function decodeEntities(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#38;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Every URL a page references: href, src, srcset, action, and the content of URL-valued meta tags. */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src|action|poster)=("([^"]*)"|'([^']*)')/g)) {
    urls.push(decodeEntities(match[2] ?? match[3] ?? ''));
  }
  for (const match of html.matchAll(/\ssrcset="([^"]*)"/g)) {
    for (const candidate of match[1]!.split(',')) urls.push(decodeEntities(candidate.trim().split(/\s+/)[0] ?? ''));
  }
  for (const match of html.matchAll(/<meta\s+(?:property|name)="(?:og:url|og:image|twitter:image)"\s+content="([^"]*)"/g)) {
    urls.push(decodeEntities(match[1]!));
  }
  return urls.filter((url) => url !== '');
}

/** URLs listed in an XML feed or sitemap. */
export function xmlUrls(xml: string): string[] {
  return [...xml.matchAll(/<(?:link|loc|guid)[^>]*>([^<]+)<\/(?:link|loc|guid)>/g)].map((m) => decodeEntities(m[1]!.trim()));
}

export function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!)));
}

/**
 * The file a site path is served from, or undefined. `base` is the site's
 * base path ("/" or "/blog/"); a path outside it cannot resolve.
 */
export function fileForPath(outDir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const inSite = decodeURIComponent(path.slice(base.length));
  const candidate = inSite === '' || inSite.endsWith('/') ? join(outDir, inSite, 'index.html') : join(outDir, inSite);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

export interface BrokenReference {
  page: string;
  url: string;
  reason: string;
}

/**
 * Checks every internal reference of every page, feed and sitemap in `outDir`:
 * it must stay under `base` and lead to a file (and to an existing #anchor).
 */
export function findBrokenReferences(outDir: string, siteOrigin: string, base: string): { checked: number; broken: BrokenReference[] } {
  const broken: BrokenReference[] = [];
  const idsCache = new Map<string, Set<string>>();
  let checked = 0;
  for (const file of listFiles(outDir)) {
    const page = relative(outDir, file);
    let urls: string[];
    if (file.endsWith('.html')) urls = referencedUrls(readFileSync(file, 'utf8'));
    else if (file.endsWith('.xml')) urls = xmlUrls(readFileSync(file, 'utf8'));
    else continue;
    for (const raw of urls) {
      const url = new URL(raw, `${siteOrigin}${base}${page}`);
      if (url.origin !== siteOrigin) continue; // external: not ours to check
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      checked++;
      const target = fileForPath(outDir, base, url.pathname);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, url: raw, reason: `outside the base path ${base}` });
      } else if (!target) {
        broken.push({ page, url: raw, reason: 'no such file' });
      } else if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsCache.has(target)) idsCache.set(target, idsIn(readFileSync(target, 'utf8')));
        if (!idsCache.get(target)!.has(id)) broken.push({ page, url: raw, reason: `no element with id "${id}"` });
      }
    }
  }
  return { checked, broken };
}
