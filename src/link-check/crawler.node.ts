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
import { createFileReader, listFiles } from '../lib/files.node.ts';
import { pathUnderBase } from '../lib/base-path.ts';
import { parseRedirectsFile } from '../host-config/redirects-file.ts';

/** Attributes whose value is one URL. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster'] as const;
/** `<meta>` tags whose content is a URL. */
const URL_META = new Set(['og:url', 'og:image', 'twitter:image']);

/** The URL of a `<meta http-equiv="refresh">`'s content, "0; url=/posts/x/" (quotes and `url=` optional, as browsers read it). */
export function refreshUrl(content: string): string | undefined {
  const match = /^\s*\d[\d.]*\s*[;,]\s*(?:url\s*=\s*)?(["']?)(.*?)\1\s*$/i.exec(content);
  return match?.[2] || undefined;
}

/** The class of the element that holds a post's body on its page (layouts/PostLayout.astro). */
const POST_BODY_CLASS = 'post-body';

export interface PageLinks {
  /** Every URL the page references: href, src, srcset, action, poster, and URL-valued meta tags. */
  urls: string[];
  /**
   * Which of `urls` are in a post's body (what its author wrote, or a component inside the body
   * made), not in the layout: `urls[from]` up to `urls[to]`. One element holds the body, so one run.
   */
  postBody?: { from: number; to: number };
  /** Every id on the page, for #anchors. */
  ids: Set<string>;
}

export function readPage(html: string): PageLinks {
  const urls: string[] = [];
  const ids = new Set<string>();
  const push = (url: string | undefined) => {
    if (url) urls.push(url);
  };
  let postBody: PageLinks['postBody'];
  // The body's element is open while the depth stays above its own (the tokeniser closes every tag, void or implied).
  let depth = 0;
  let bodyDepth: number | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (postBody === undefined && attributes['class']?.split(/\s+/).includes(POST_BODY_CLASS)) {
          postBody = { from: urls.length, to: urls.length };
          bodyDepth = depth;
        }
        depth++;
        if (attributes['id'] !== undefined) ids.add(attributes['id']);
        for (const attribute of URL_ATTRIBUTES) push(attributes[attribute]?.trim());
        // srcset: comma-separated candidates, each a URL and an optional descriptor ("image.webp 400w").
        const srcSet = attributes['srcset'];
        if (srcSet !== undefined) for (const candidate of srcSet.split(',')) push(candidate.trim().split(/\s+/)[0]);
        if (name === 'meta' && attributes['content'] !== undefined) {
          if ([attributes['property'], attributes['name']].some((key) => key !== undefined && URL_META.has(key))) push(attributes['content'].trim());
          if (attributes['http-equiv']?.toLowerCase() === 'refresh') push(refreshUrl(attributes['content']));
        }
      },
      onclosetag() {
        depth--;
        if (depth === bodyDepth) {
          postBody!.to = urls.length;
          bodyDepth = undefined;
        }
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true, lowerCaseTags: true },
  );
  parser.end(html);
  if (postBody && bodyDepth !== undefined) postBody.to = urls.length; // never closed: the body runs to the end
  return { urls, ...(postBody && { postBody }), ids };
}

export interface XmlUrl {
  url: string;
  /** For a URL in the post a feed item carries: the item's <link>, the post's page. */
  item?: string;
}

/**
 * URLs listed in an RSS feed or a sitemap: the text of their <link>, <loc>
 * and <guid> elements, and every URL in the posts a feed carries
 * (`content:encoded`, escaped HTML, in an <item>).
 */
export function xmlUrls(xml: string): XmlUrl[] {
  const listed = [...xml.matchAll(/<(link|loc|guid)\b[^>]*>([^<]+)<\/\1>/g)].map((m) => ({ url: decodeXML(m[2]!.trim()) }));
  const inPosts = [...xml.matchAll(/<item\b[^>]*>([\s\S]*?)<\/item>/g)].flatMap(([, item]) => {
    const link = /<link>([^<]+)<\/link>/.exec(item!)?.[1];
    const post = link === undefined ? {} : { item: decodeXML(link.trim()) };
    return [...item!.matchAll(/<content:encoded>([^<]*)<\/content:encoded>/g)].flatMap((m) => readPage(decodeXML(m[1]!)).urls.map((url) => ({ url, ...post })));
  });
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
  /** The output file that has the link, or the `_redirects` line. */
  page: string;
  /** The URL as that file has it. */
  url: string;
  reason: string;
  /** Where a link leads, resolved to a site path with the base (`/blog/posts/x/#a`): the same link on other pages leads there too. */
  target?: string;
  /** The post whose body has the link, when the build named its source file (`file`, from the project root) and `page` (its URL path). */
  post?: { file: string; page: string };
}

/**
 * The rules of a `_redirects` file (src/host-config/redirects-file.ts): each
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
 * file (and to an existing #anchor). `postSources` maps each post's page
 * (its URL path, base included) to its source file: a broken link in a
 * post's body, on its page or in a feed, then says which post it is from.
 */
export function findBrokenReferences(
  outDir: string,
  siteOrigin: string,
  base: string,
  postSources: ReadonlyMap<string, string> = new Map(),
  /** How a page's bytes become its links: parsed, or a reading kept from the last build (page-links-cache.node.ts). */
  readLinks: (html: Buffer) => PageLinks = (html) => readPage(html.toString('utf8')),
): { checked: number; broken: BrokenReference[] } {
  const broken: BrokenReference[] = [];
  const pages = new Map<string, PageLinks>();
  const readFile = createFileReader();
  const pageOf = (file: string): PageLinks => {
    let page = pages.get(file);
    if (!page) {
      page = readLinks(readFile(file));
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
    // The page's URL, as a browser has it (`/posts/x/`, not `/posts/x/index.html`): links resolve against it.
    const pagePath = `${base}${page.replace(/(^|\/)index\.html$/, '$1')}`;
    // Each URL, and the URL path of the post page whose body it is in, if it is in one.
    let urls: { raw: string; postPage?: string | undefined }[];
    if (file.endsWith('.html')) {
      const { urls: onPage, postBody } = pageOf(file);
      urls = onPage.map((raw, index) => (postBody && index >= postBody.from && index < postBody.to ? { raw, postPage: pagePath } : { raw }));
    } else if (file.endsWith('.xml')) {
      urls = xmlUrls(readFileSync(file, 'utf8')).map(({ url, item }) => ({ raw: url, postPage: item && URL.parse(item, siteOrigin)?.pathname }));
    } else continue;
    for (const { raw, postPage } of urls) {
      const url = new URL(raw, `${siteOrigin}${pagePath}`);
      if (url.origin !== siteOrigin) continue; // external: not ours to check
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      checked++;
      const target = fileForPath(served, base, url.pathname);
      let reason: string | undefined;
      if (!url.pathname.startsWith(base)) reason = `outside the base path ${base}`;
      else if (!target) reason = 'no such file';
      else if (url.hash && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!pageOf(join(outDir, target)).ids.has(id)) reason = `no element with id "${id}"`;
      }
      if (reason === undefined) continue;
      const sourceFile = postPage === undefined ? undefined : postSources.get(postPage);
      broken.push({
        page,
        url: raw,
        reason,
        target: url.pathname + url.search + url.hash,
        ...(sourceFile !== undefined && { post: { file: sourceFile, page: postPage! } }),
      });
    }
  }
  return { checked, broken };
}
