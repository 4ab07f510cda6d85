/**
 * A Jekyll site's folder, read as the import needs it: `_config.yml` (the
 * old site's `url` and `baseurl`, its `permalink`), the posts of every
 * `_posts/` folder (named `YYYY-MM-DD-title.md`; a folder above `_posts/`
 * is a category, as in Jekyll) and of `_drafts/`, and the site's other
 * Markdown pages, which are not imported (links to them lead to the old
 * site). The old site's files are where Jekyll served them from: the
 * site's folder, less what Jekyll never publishes (`_` and `.` folders).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { ImportError } from '../import-error.ts';
import type { SetAside } from '../import-plan.ts';
import { DateError, today, writtenDate, type WrittenDate } from '../markdown-site/dates.ts';
import { flagField, FrontMatterError, listField, readMarkdownFile, textField, type FrontMatterData } from '../markdown-site/front-matter.ts';
import type { MarkdownSite, SitePost } from '../markdown-site/site.ts';
import { expandLiquid } from './liquid.ts';
import { jekyllPostPath, permalinkPattern } from './permalink.ts';

export const JEKYLL_CONFIGS = ['_config.yml', '_config.yaml', '_config.toml'];

/** Folders no Jekyll site publishes from, nor keeps posts in. */
const NOT_SITE = new Set(['_site', '.git', 'node_modules', 'vendor', '.jekyll-cache', '.sass-cache', '.bundle']);
const POST_FILE = /^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)\.([^.]+)$/;

const posix = (path: string) => path.split(sep).join('/');

/** Each post's front matter, for `{{ page.… }}`. */
const pageData = new WeakMap<SitePost, FrontMatterData>();

function readConfig(root: string): { data: FrontMatterData; file: string | undefined } {
  for (const name of JEKYLL_CONFIGS) {
    const file = join(root, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    try {
      const data = (name.endsWith('.toml') ? parseToml(text) : parseYaml(text)) as FrontMatterData | null;
      return { data: data && typeof data === 'object' ? data : {}, file: name };
    } catch (error) {
      throw new ImportError(`${file}: not readable as ${name.endsWith('.toml') ? 'TOML' : 'YAML'} (${(error as Error).message.split('\n')[0]})`);
    }
  }
  return { data: {}, file: undefined };
}

/** Every file under `dir`, sorted, skipping what is never part of the site. */
function filesUnder(dir: string): string[] {
  const files: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (NOT_SITE.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...filesUnder(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

const titleFromName = (slug: string) =>
  slug
    .split('-')
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join(' ');

/**
 * The front matter `_config.yml`'s `defaults:` give a post (a `permalink`,
 * an `author`), under its own: each set whose scope is posts (or any type)
 * and whose `path` holds the file, the most specific path last.
 */
function defaultsFor(site: FrontMatterData, rel: string): FrontMatterData {
  const sets = Array.isArray(site['defaults']) ? (site['defaults'] as unknown[]) : [];
  const matching: Array<{ path: string; values: FrontMatterData }> = [];
  for (const set of sets) {
    if (!set || typeof set !== 'object') continue;
    const { scope, values } = set as { scope?: { path?: unknown; type?: unknown }; values?: unknown };
    const path = (textField(scope?.path) ?? '').replace(/^\.?\/+|\/+$/g, '');
    const type = textField(scope?.type);
    if ((type && type !== 'posts' && type !== 'drafts') || (path && rel !== path && !rel.startsWith(`${path}/`)) || !values || typeof values !== 'object')
      continue;
    matching.push({ path, values: values as FrontMatterData });
  }
  return Object.assign({}, ...matching.sort((a, b) => a.path.length - b.path.length).map((set) => set.values));
}

function authorOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return authorOf(value[0]);
  if (value && typeof value === 'object') return textField((value as FrontMatterData)['name']);
  return textField(value);
}

export function readJekyllSite(root: string): MarkdownSite {
  const config = readConfig(root);
  const site = config.data;
  const configName = config.file ?? '_config.yml';
  const url = textField(site['url'])?.replace(/\/+$/, '');
  const validUrl = url && URL.canParse(url) && /^https?:/.test(url) ? url : undefined;
  const baseurl = (textField(site['baseurl']) ?? '').replace(/^\/*/, '/').replace(/\/+$/, '');
  const pattern = permalinkPattern(textField(site['permalink']));
  const markdownExtensions = new Set(
    (textField(site['markdown_ext']) ?? 'markdown,mkdown,mkdn,mkd,md')
      .split(',')
      .map((ext) => ext.trim().toLowerCase())
      .filter(Boolean),
  );
  const collections = (textField(site['collections_dir']) ?? '').replace(/^\/+|\/+$/g, '');
  const future = flagField(site['future']) === true;
  const skipped: SetAside[] = [];
  const notes: string[] = [];
  if (url && !validUrl) notes.push(`url in ${configName} is not an address ("${url}"): links to the old site's pages are kept as text.`);

  const read = (file: string) => {
    try {
      return readMarkdownFile(readFileSync(file, 'utf8'));
    } catch (error) {
      if (error instanceof FrontMatterError) throw new ImportError(`${posix(relative(root, file))}: ${error.message}`);
      throw error;
    }
  };
  const dateOf = (file: string, field: string, value: unknown): WrittenDate | undefined => {
    try {
      return writtenDate(value);
    } catch (error) {
      if (error instanceof DateError) throw new ImportError(`${posix(relative(root, file))}: ${field} ${error.message}`);
      throw error;
    }
  };
  const isMarkdown = (file: string) => markdownExtensions.has(extname(file).slice(1).toLowerCase());

  const all = filesUnder(root);
  const posts: SitePost[] = [];
  const byName = new Map<string, SitePost>();
  const byFile = new Map<string, SitePost>();
  for (const file of all) {
    const rel = posix(relative(root, file));
    const segments = rel.split('/');
    const postsAt = segments.indexOf('_posts');
    const inDrafts = segments[collections ? collections.split('/').length : 0] === '_drafts';
    if (postsAt < 0 && !inDrafts) continue;
    const name = basename(file);
    const dated = POST_FILE.exec(name);
    if (!isMarkdown(file)) {
      // An HTML post is Jekyll's too, but only Markdown comes across; an image in _posts/ is a post's file (jekyll-postfiles).
      if (dated && /^html?$/i.test(dated[5]!))
        skipped.push({ source: `Jekyll post ${rel}`, title: name, reason: 'an HTML post: only Markdown posts are imported' });
      continue;
    }
    if (!dated && !inDrafts) {
      skipped.push({ source: `Jekyll post ${rel}`, title: name, reason: 'its name has no date (YYYY-MM-DD-title.md): Jekyll never published it' });
      continue;
    }
    const { data: own, body } = read(file);
    const data = { ...defaultsFor(site, rel), ...own };
    const nameSlug = dated ? dated[4]! : basename(name, extname(name));
    const nameDate = dated ? dateOf(file, 'the date in its name', `${dated[1]}-${dated[2]}-${dated[3]}`) : undefined;
    const date = dateOf(file, 'date', data['date']) ?? nameDate ?? writtenDate(new Date(statSync(file).mtimeMs).toISOString().slice(0, 10))!;
    const folderCategories = postsAt > 0 ? segments.slice(collections ? collections.split('/').length : 0, postsAt) : [];
    const categories = [...folderCategories, ...listField(data['categories'], { splitWords: true }), ...listField(data['category'])];
    const tags = [...listField(data['tags'], { splitWords: true }), ...listField(data['tag'])];
    const slug = textField(data['slug']) ?? nameSlug;
    const title = textField(data['title']);
    const problems = title ? [] : [`no title on the old site: named after its file ("${titleFromName(nameSlug)}")`];
    const separator = textField(data['excerpt_separator']) ?? (typeof site['excerpt_separator'] === 'string' ? site['excerpt_separator'] : undefined);
    const separated = separator && separator !== '\n\n' && body.includes(separator) ? body.slice(0, body.indexOf(separator)) : undefined;
    const unpublished = inDrafts
      ? 'a draft on the old site (in _drafts/)'
      : flagField(data['published']) === false
        ? 'not published on the old site (published: false)'
        : flagField(data['draft']) === true
          ? 'a draft on the old site (draft: true)'
          : !future && date.day > today()
            ? 'dated in the future: the old site had not published it'
            : undefined;
    const post: SitePost = {
      source: `Jekyll ${inDrafts ? 'draft' : 'post'} ${rel}`,
      path: file,
      dir: dirname(file),
      title: title ?? titleFromName(nameSlug),
      slug,
      date,
      updated: dateOf(file, 'last_modified_at', data['last_modified_at'] ?? data['updated'] ?? data['modified']),
      tags: [...categories, ...tags],
      author: authorOf(data['author']),
      excerpt: textField(data['description']) ?? textField(data['excerpt']) ?? separated,
      unpublished,
      oldPath: jekyllPostPath(permalinkPattern(textField(data['permalink']) ?? pattern), { date, slug, categories }),
      aliases: listField(data['redirect_from']).map((path) => (path.startsWith('/') ? path : `/${path}`)),
      body,
      problems,
    };
    posts.push(post);
    byFile.set(file, post);
    if (!inDrafts) byName.set(basename(name, extname(name)), post);
    pageData.set(post, data);
  }

  // The other Markdown pages (with front matter) Jekyll made pages of: not posts, not imported.
  const pages = new Map<string, string>();
  for (const file of all) {
    const rel = posix(relative(root, file));
    if (!isMarkdown(file) || rel.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) continue;
    const { data, hasFrontMatter } = read(file);
    if (!hasFrontMatter) continue;
    const folder = dirname(rel) === '.' ? '' : `/${dirname(rel)}`;
    const name = basename(rel, extname(rel));
    const path =
      textField(data['permalink']) ??
      (name === 'index' ? `${folder}/` : textField(site['permalink']) === 'pretty' ? `${folder}/${name}/` : `${folder}/${name}.html`);
    pages.set(file, path);
    const address = validUrl ? `${validUrl}${baseurl}${path}` : undefined;
    skipped.push({
      source: `Jekyll page ${rel}`,
      title: textField(data['title']) ?? name,
      reason: `a page, not a post: ${address ? `links to it lead to ${address} on the old site` : 'links to it are kept as text'}`,
    });
  }

  const fileAt = (path: string): string | undefined => {
    let decoded = path;
    try {
      decoded = decodeURIComponent(path);
    } catch {
      // as written
    }
    const file = resolve(root, decoded.replace(/^\/+/, ''));
    const rel = posix(relative(root, file));
    if (!file.startsWith(resolve(root) + sep) || rel.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'))) return undefined;
    return file;
  };

  return {
    kind: 'Jekyll',
    root,
    siteUrl: validUrl ? `${validUrl}${baseurl}` : undefined,
    siteUrlSetting: `url in ${configName}`,
    basePath: baseurl,
    posts,
    pages,
    skipped,
    notes: [`Permalinks: ${pattern}${textField(site['permalink']) ? ` (permalink: ${textField(site['permalink'])})` : " (Jekyll's default, date)"}.`, ...notes],
    fileAt,
    expand(post, kept) {
      return expandLiquid(
        post.body,
        {
          site,
          page: { ...pageData.get(post), url: post.oldPath },
          url: validUrl ?? '',
          baseurl,
          postUrl: (name) => {
            const target = byName.get(
              name
                .split('/')
                .at(-1)!
                .replace(/\.\w+$/, ''),
            );
            return target?.oldPath ? `${baseurl}${target.oldPath}` : undefined;
          },
          linkUrl: (path) => {
            const file = resolve(root, path.replace(/^\.?\/+/, ''));
            const target = byFile.get(file);
            if (target) return target.oldPath ? `${baseurl}${target.oldPath}` : undefined;
            const page = pages.get(file);
            if (page) return `${baseurl}${page}`;
            const served = fileAt(`/${posix(relative(root, file))}`);
            try {
              return served && statSync(served).isFile() ? `${baseurl}/${posix(relative(root, served))}` : undefined;
            } catch {
              return undefined;
            }
          },
        },
        kept,
      );
    },
  };
}
