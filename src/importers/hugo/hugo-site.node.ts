/**
 * A Hugo site's folder, read as the import needs it: its config
 * (`hugo.toml`, `config.toml`, their YAML and JSON forms, or
 * `config/_default/`) for the old site's `baseURL`, its `[permalinks]` and
 * its main sections; the pages of content/ in those sections are the posts
 * (a page bundle's folder holds its images), the others are pages, not
 * imported (links to them lead to the old site). The old site's files are
 * where Hugo served them from: static/, and the page bundles.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { ImportError } from '../import-error.ts';
import type { SetAside } from '../import-plan.ts';
import { DateError, today, writtenDate, type WrittenDate } from '../markdown-site/dates.ts';
import { flagField, FrontMatterError, listField, readMarkdownFile, textField, type FrontMatterData } from '../markdown-site/front-matter.ts';
import type { MarkdownSite, SitePost } from '../markdown-site/site.ts';
import { defaultPagePath, hugoPermalink, type PagePathParts } from './permalink.ts';
import { expandShortcodes } from './shortcodes.ts';

/** Hugo's config files, in the order Hugo looks for them. */
export const HUGO_CONFIGS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json'];
const MARKDOWN = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mkdn']);

const posix = (path: string) => path.split(sep).join('/');

function parseConfig(file: string): FrontMatterData {
  const text = readFileSync(file, 'utf8');
  try {
    const data = (file.endsWith('.toml') ? parseToml(text) : file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as unknown;
    return data && typeof data === 'object' ? (data as FrontMatterData) : {};
  } catch (error) {
    throw new ImportError(`${file}: not readable (${(error as Error).message.split('\n')[0]})`);
  }
}

/** The site's config: the first config file of the root, else config/_default/'s, with its own files for a key (`permalinks.toml`). */
export function hugoConfig(root: string): { data: FrontMatterData; file: string | undefined } {
  for (const name of HUGO_CONFIGS) if (existsSync(join(root, name))) return { data: parseConfig(join(root, name)), file: name };
  const dir = join(root, 'config/_default');
  if (!existsSync(dir)) return { data: {}, file: undefined };
  const names = readdirSync(dir).sort();
  const main = HUGO_CONFIGS.find((name) => names.includes(name));
  const data: FrontMatterData = main ? parseConfig(join(dir, main)) : {};
  for (const name of names) {
    const key = /^(\w+)\.(?:toml|ya?ml|json)$/.exec(name)?.[1];
    if (key && !['hugo', 'config'].includes(key)) data[key] = parseConfig(join(dir, name));
  }
  return { data, file: main ? `config/_default/${main}` : 'config/_default/' };
}

/** Hugo's keys are case-blind (`baseURL`, `baseurl`). */
function field(data: unknown, key: string): unknown {
  if (!data || typeof data !== 'object') return undefined;
  const lower = key.toLowerCase();
  const found = Object.keys(data).find((name) => name.toLowerCase() === lower);
  return found === undefined ? undefined : (data as FrontMatterData)[found];
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile())
    .sort();
}

const titleFromName = (name: string) =>
  name
    .split(/[-_]/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

function authorOf(data: FrontMatterData): string | undefined {
  const author = field(data, 'author');
  if (author && typeof author === 'object' && !Array.isArray(author)) return textField(field(author, 'name'));
  return textField(author) ?? listField(field(data, 'authors'))[0];
}

interface Page {
  file: string;
  /** From content/, `/`-separated. */
  rel: string;
  data: FrontMatterData;
  body: string;
  parts: PagePathParts;
  /** Where the old site served it, from its root. */
  path: string;
  bundle: boolean;
}

export function readHugoSite(root: string): MarkdownSite {
  const config = hugoConfig(root);
  const site = config.data;
  const configName = config.file ?? 'hugo.toml';
  const baseUrl = textField(field(site, 'baseURL'));
  const parsedBase = baseUrl && URL.canParse(baseUrl) && /^https?:/.test(baseUrl) ? new URL(baseUrl) : undefined;
  const basePath = parsedBase ? parsedBase.pathname.replace(/\/+$/, '') : '';
  const siteUrl = parsedBase ? `${parsedBase.origin}${basePath}` : undefined;
  const contentDir = join(root, textField(field(site, 'contentDir')) ?? 'content');
  const staticDirs = listField(field(site, 'staticDir') ?? 'static').map((dir) => join(root, dir));
  const permalinks = field(site, 'permalinks');
  const pagePatterns = field(permalinks, 'page') && typeof field(permalinks, 'page') === 'object' ? field(permalinks, 'page') : permalinks;
  const lower = flagField(field(site, 'disablePathToLower')) !== true;
  const uglyUrls = field(site, 'uglyURLs');
  const params = field(site, 'params');
  const skipped: SetAside[] = [];
  const notes: string[] = [];
  if (baseUrl && !parsedBase) notes.push(`baseURL in ${configName} is not an address ("${baseUrl}"): links to the old site's pages are kept as text.`);

  const relOf = (file: string) => posix(relative(root, file));
  const dateOf = (file: string, name: string, value: unknown): WrittenDate | undefined => {
    try {
      return writtenDate(value);
    } catch (error) {
      if (error instanceof DateError) throw new ImportError(`${relOf(file)}: ${name} ${error.message}`);
      throw error;
    }
  };

  // Every page of content/; section pages (`_index.md`) list others, and are no page of their own.
  const pages: Page[] = [];
  for (const file of filesUnder(contentDir)) {
    if (/^_index\./.test(basename(file))) continue;
    if (/^\.html?$/i.test(extname(file))) {
      skipped.push({ source: `Hugo page ${relOf(file)}`, title: basename(file), reason: 'an HTML page: only Markdown is imported' });
      continue;
    }
    if (!MARKDOWN.has(extname(file).toLowerCase())) continue;
    let read;
    try {
      read = readMarkdownFile(readFileSync(file, 'utf8'));
    } catch (error) {
      if (error instanceof FrontMatterError) throw new ImportError(`${relOf(file)}: ${error.message}`);
      throw error;
    }
    const rel = posix(relative(contentDir, file));
    const bundle = /^index\./.test(basename(rel));
    const folder = bundle ? dirname(dirname(rel)) : dirname(rel);
    const sections = folder === '.' ? [] : folder.split('/');
    const fileName = bundle ? basename(dirname(rel)) : basename(rel, extname(rel));
    const date = dateOf(
      file,
      'date',
      field(read.data, 'date') ?? field(read.data, 'publishDate') ?? field(read.data, 'pubdate') ?? field(read.data, 'published'),
    );
    const parts: PagePathParts = {
      date: date ?? { day: '0001-01-01', year: 1, month: 1, date: 1, hour: 0, minute: 0, second: 0 },
      title: textField(field(read.data, 'title')) ?? '',
      slug: textField(field(read.data, 'slug')),
      fileName,
      sections,
    };
    const section = sections[0] ?? '';
    const pattern = textField(field(pagePatterns, section));
    const ugly = uglyUrls === true || flagField(field(uglyUrls, section)) === true;
    const own = textField(field(read.data, 'url'));
    let path = own ? `/${own.replace(/^\/+/, '')}` : pattern ? hugoPermalink(pattern, parts) : defaultPagePath(parts, { ugly });
    if (!own && lower) path = path.toLowerCase();
    if (!own && !ugly && !/\.html?$/.test(path) && !path.endsWith('/')) path += '/';
    pages.push({ file, rel, data: read.data, body: read.body, parts, path, bundle });
  }

  // The posts are the pages of the main sections: the config's, else Hugo's own choice, the section with the most pages.
  const counts = new Map<string, number>();
  for (const page of pages) if (page.parts.sections[0]) counts.set(page.parts.sections[0], (counts.get(page.parts.sections[0]) ?? 0) + 1);
  const configured = listField(field(params, 'mainSections') ?? field(site, 'mainSections'));
  const largest = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const mainSections = new Set(configured.length > 0 ? configured : largest ? [largest] : []);
  notes.push(
    `Posts: the pages of ${[...mainSections].map((s) => `content/${s}/`).join(', ') || 'no section'}${configured.length > 0 ? ' (mainSections)' : " (the largest section, Hugo's default)"}.`,
  );

  const posts: SitePost[] = [];
  const otherPages = new Map<string, string>();
  const pageData = new WeakMap<SitePost, FrontMatterData>();
  const postOf = new Map<Page, SitePost>();
  for (const page of pages) {
    const { data, file, parts } = page;
    const source = `Hugo ${mainSections.has(parts.sections[0] ?? '') ? 'post' : 'page'} ${relOf(file)}`;
    if (!mainSections.has(parts.sections[0] ?? '')) {
      otherPages.set(file, page.path);
      const address = siteUrl ? `${siteUrl}${page.path}` : undefined;
      skipped.push({
        source,
        title: parts.title || parts.fileName,
        reason: `a page, not a post: ${address ? `links to it lead to ${address} on the old site` : 'links to it are kept as text'}`,
      });
      continue;
    }
    if (parts.date.year === 1) throw new ImportError(`${relOf(file)}: it has no date (date, publishDate)`);
    const publish = dateOf(file, 'publishDate', field(data, 'publishDate'));
    const expiry = dateOf(file, 'expiryDate', field(data, 'expiryDate'));
    const build = field(data, '_build') ?? field(data, 'build');
    const unpublished =
      flagField(field(data, 'draft')) === true
        ? 'a draft on the old site (draft: true)'
        : publish && publish.day > today()
          ? 'scheduled on the old site: its publishDate is still to come'
          : expiry && expiry.day <= today()
            ? `expired on the old site (expiryDate ${expiry.day})`
            : flagField(field(data, 'headless')) === true || ['never', 'false'].includes(String(field(build, 'render')).toLowerCase())
              ? 'never shown on the old site (headless, or build: render never)'
              : undefined;
    const separator = page.body.indexOf('<!--more-->');
    // An alias without a leading slash is on the level of the page itself (Hugo joins it to the page's path and `..`).
    const pageLevel = page.path.replace(/\/$/, '');
    const post: SitePost = {
      source,
      path: file,
      dir: dirname(file),
      title: parts.title || titleFromName(parts.fileName),
      slug: parts.slug ?? parts.fileName,
      date: parts.date,
      updated: dateOf(file, 'lastmod', field(data, 'lastmod') ?? field(data, 'modified')),
      tags: [...listField(field(data, 'categories')), ...listField(field(data, 'tags'))],
      author: authorOf(data),
      excerpt: textField(field(data, 'description')) ?? textField(field(data, 'summary')) ?? (separator >= 0 ? page.body.slice(0, separator) : undefined),
      unpublished,
      oldPath: page.path,
      aliases: listField(field(data, 'aliases')).map((alias) => (alias.startsWith('/') ? alias : new URL(alias, `https://x.invalid${pageLevel}`).pathname)),
      body: page.body,
      problems: parts.title ? [] : [`no title on the old site: named after its file ("${titleFromName(parts.fileName)}")`],
    };
    posts.push(post);
    postOf.set(page, post);
    pageData.set(post, data);
  }

  // `ref` and `relref` name a page by its path in content/ (with or without `.md`, a bundle by its folder), or by its name alone.
  const byRef = new Map<string, Page>();
  const byName = new Map<string, Page>();
  for (const page of pages) {
    const withoutExtension = page.rel.replace(/\.[^./]+$/, '');
    for (const key of [page.rel, withoutExtension, ...(page.bundle ? [dirname(page.rel)] : [])]) byRef.set(key.toLowerCase(), page);
    for (const key of [basename(page.rel), basename(withoutExtension), page.parts.fileName])
      if (!byName.has(key.toLowerCase())) byName.set(key.toLowerCase(), page);
  }
  const findPage = (ref: string, from: Page | undefined): Page | undefined => {
    const path = ref.replace(/^\.\//, '').replace(/\/+$/, '').toLowerCase();
    if (path.startsWith('/')) return byRef.get(path.slice(1));
    const here = from ? posix(relative(contentDir, dirname(from.file))).toLowerCase() : '';
    return byRef.get(posix(join(here, path))) ?? byRef.get(path) ?? byName.get(path);
  };
  const pageOf = new Map([...postOf].map(([page, post]) => [post, page]));

  return {
    kind: 'Hugo',
    root,
    siteUrl,
    siteUrlSetting: `baseURL in ${configName}`,
    basePath,
    posts,
    pages: otherPages,
    skipped,
    notes,
    fileAt: (path) => {
      let decoded = path;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        // as written
      }
      for (const dir of staticDirs) {
        const file = resolve(dir, decoded.replace(/^\/+/, ''));
        if (file.startsWith(resolve(dir) + sep) && existsSync(file) && statSync(file).isFile()) return file;
      }
      return undefined;
    },
    expand(post, kept) {
      const page = pageOf.get(post);
      return expandShortcodes(
        post.body,
        {
          ref: (ref) => {
            const [path = '', hash] = ref.split('#');
            const target = path === '' ? page : findPage(path, page);
            return target ? `${basePath}${target.path}${hash ? `#${hash}` : ''}` : undefined;
          },
          param: (name) => textField(field(pageData.get(post), name)) ?? textField(field(params, name)),
        },
        kept,
      );
    },
  };
}
