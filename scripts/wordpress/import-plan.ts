/**
 * What an export becomes, decided without touching the disk: which items are
 * posts (and which are drafts, skipped or failed, with the reason), each
 * post's file, the images to copy beside it, the tags the registry lacks, and
 * the old URLs that must lead to each post. write-import.ts carries it out;
 * report.ts prints it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { DESCRIPTION_MAX } from '../../src/collections/schemas.ts';
import { AUTHOR } from '../../src/config/site.ts';
import { guestAuthorOf } from '../../src/author/structured-data.ts';
import { toSlug } from '../../src/lib/slug.ts';
import { ALT_PLACEHOLDER, ConversionError, convertBody, type Attachment, type BodyResult } from './body.ts';
import { ImportError } from './import-error.ts';
import { decodeSlug, type WxrExport, type WxrItem } from './wxr.ts';

export interface RegistryTag {
  id: string;
  label: string;
  description: string;
}

export interface PlannedPost {
  item: WxrItem;
  slug: string;
  /** Relative to the site's root: `content/posts/<slug>.mdx`. */
  file: string;
  text: string;
  /** Images to copy: from the uploads tree to `content/posts/<slug>/<name>`. */
  images: BodyResult['images'];
  draft: boolean;
  /** Why a post the export had as published is a draft here. */
  draftReasons: string[];
  redirectFrom: string[];
  body: BodyResult;
  comments: { total: number; approved: number };
}

export interface SetAside {
  item: WxrItem;
  reason: string;
}

export interface ImportPlan {
  posts: PlannedPost[];
  skipped: SetAside[];
  failed: SetAside[];
  /** Internal types (attachments, menus, revisions, blocks…) counted, never imported. */
  internal: Map<string, number>;
  newTags: RegistryTag[];
}

export interface PlanOptions {
  /** The site's root: its content/tags.yaml is read to see which tags exist. */
  root: string;
  uploadsDir: string | undefined;
  /** Called after each post is converted, for a progress line. */
  onProgress?: (done: number, total: number) => void;
}

/** WordPress statuses that were never public: the post comes across as a draft (a private post too: a static site cannot restrict who reads it). */
const UNPUBLISHED = new Set(['draft', 'pending', 'private', 'future', 'auto-draft']);
/** Categories WordPress gives a post nobody categorised: not a tag worth carrying. */
const DEFAULT_CATEGORIES = new Set(['uncategorized', 'uncategorised']);

/** `YYYY-MM-DD HH:MM:SS` to its day, refusing a date no calendar has (`2016-02-30`). */
export function wordpressDay(value: string, item: WxrItem, field: string): string | undefined {
  if (value === '' || value.startsWith('0000-00-00')) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2}))?$/.exec(value);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !day || day.getUTCFullYear() !== Number(match[1]) || day.getUTCMonth() !== Number(match[2]) - 1 || day.getUTCDate() !== Number(match[3])) {
    throw new ImportError(`item ${item.id} ("${item.title}"): ${field} "${value}" is not a date`);
  }
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** Plain text of some HTML, spaces collapsed. */
const plainText = (html: string) =>
  hastText(fromHtml(html.replace(/\[\/?[a-z][^\]]*\]/gi, ' '), { fragment: true }))
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The excerpt when the author wrote one, else the first sentences of the
 * post (at most two, as a description is), never over the site's limit.
 */
export function describe(excerpt: string, firstParagraphs: string, title: string): string {
  const written = plainText(excerpt);
  if (written && written.length <= DESCRIPTION_MAX) return written;
  const text =
    (written || firstParagraphs)
      .replace(/\[\/?[a-z][^\]]*\]/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim() || title;
  let description = '';
  for (const sentence of text.split(/(?<=[.!?…])\s+/).slice(0, 2)) {
    const next = description ? `${description} ${sentence}` : sentence;
    if (next.length > DESCRIPTION_MAX) break;
    description = next;
  }
  if (description) return description;
  // One sentence longer than the limit: cut at a word, and say so.
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** The tags of the registry, for matching by id or by any spelling of the label. */
function readRegistry(root: string): RegistryTag[] {
  const file = join(root, 'content/tags.yaml');
  return existsSync(file) ? ((parseYaml(readFileSync(file, 'utf8')) as RegistryTag[] | null) ?? []) : [];
}

/** Old paths of a post on the old site, relative to its root: the permalink, `?p=ID`, and the date-based form. */
export function oldPaths(item: WxrItem, siteUrl: string, day: string): string[] {
  const sitePath = new URL(`${siteUrl}/`).pathname;
  const local = (url: string): string | undefined => {
    try {
      const parsed = new URL(url, `${siteUrl}/`);
      if (parsed.origin !== new URL(siteUrl).origin || !parsed.pathname.startsWith(sitePath)) return undefined;
      return `/${decodeURI(parsed.pathname.slice(sitePath.length))}${parsed.search}`;
    } catch {
      return undefined;
    }
  };
  const name = decodeSlug(item.name);
  const paths = [local(item.link), `/?p=${item.id}`, name ? `/${day.replaceAll('-', '/')}/${name}/` : undefined];
  return [...new Set(paths.filter((path): path is string => path !== undefined && path !== '/'))];
}

/** A key for matching a link against old URLs: path and query, one trailing slash, no host. */
function linkKey(url: string, siteUrl: string): string | undefined {
  try {
    const parsed = new URL(url, `${siteUrl}/`);
    if (parsed.hostname.replace(/^www\./, '') !== new URL(siteUrl).hostname.replace(/^www\./, '')) return undefined;
    const p = parsed.searchParams.get('p');
    if (p) return `?p=${p}`;
    return decodeURI(parsed.pathname).replace(/\/?$/, '/').toLowerCase();
  } catch {
    return undefined;
  }
}

export function planImport(wxr: WxrExport, options: PlanOptions): ImportPlan {
  const plan: ImportPlan = { posts: [], skipped: [], failed: [], internal: new Map(), newTags: [] };
  const attachments = new Map<number, Attachment>();
  for (const item of wxr.items) {
    if (item.type !== 'attachment') continue;
    attachments.set(item.id, { url: item.attachmentUrl, title: item.title, caption: item.excerpt, alt: item.meta.get('_wp_attachment_image_alt') ?? '' });
  }

  // Decide every item's fate and slug first: links between posts need the whole map.
  const candidates: Array<{ item: WxrItem; slug: string; day: string; draft: boolean }> = [];
  const taken = new Set<string>();
  for (const item of wxr.items) {
    if (item.type === 'page') {
      plan.skipped.push({ item, reason: 'a page, not a post: this site has posts only (its text stays in the export)' });
      continue;
    }
    if (item.type !== 'post') {
      plan.internal.set(item.type || '(no type)', (plan.internal.get(item.type || '(no type)') ?? 0) + 1);
      continue;
    }
    if (item.status === 'trash') {
      plan.skipped.push({ item, reason: 'in the trash' });
      continue;
    }
    if (item.password !== '') {
      plan.skipped.push({ item, reason: 'password-protected: it was not public, and this site cannot protect it' });
      continue;
    }
    const day = wordpressDay(item.postDate, item, 'wp:post_date') ?? wordpressDay(item.modifiedDate, item, 'wp:post_modified');
    wordpressDay(item.modifiedDate, item, 'wp:post_modified');
    if (!day) throw new ImportError(`item ${item.id} ("${item.title}"): it has no date (wp:post_date and wp:post_modified are empty)`);
    let slug = toSlug(decodeSlug(item.name)) || toSlug(item.title) || `post-${item.id}`;
    for (let n = 2; taken.has(slug); n++) slug = `${slug.replace(/-\d+$/, '')}-${n}`;
    taken.add(slug);
    candidates.push({ item, slug, day, draft: UNPUBLISHED.has(item.status) });
  }

  const links = new Map<string, string>();
  for (const { item, slug, day, draft } of candidates) {
    if (draft) continue; // a link to a draft would lead nowhere on the site: it keeps its old address
    for (const path of [...oldPaths(item, wxr.siteUrl, day), item.link]) {
      const key = linkKey(path.startsWith('/?') ? `${wxr.siteUrl}${path}` : path.startsWith('/') ? `${wxr.siteUrl}${path}` : path, wxr.siteUrl);
      if (key) links.set(key, `/posts/${slug}/`);
    }
  }
  const resolveLink = (href: string) => {
    const key = linkKey(href, wxr.siteUrl);
    const target = key ? links.get(key) : undefined;
    return target ? `${target}${new URL(href, `${wxr.siteUrl}/`).hash}` : undefined;
  };

  const registry = readRegistry(options.root);
  const known = new Map<string, string>();
  for (const tag of registry) {
    known.set(tag.id, tag.id);
    known.set(toSlug(tag.label), tag.id);
  }
  const termDescriptions = new Map(wxr.terms.map((term) => [toSlug(term.label), term.description]));

  candidates.forEach(({ item, slug, day, draft }, index) => {
    try {
      const body = convertBody(item.content, { slug, title: item.title, uploadsDir: options.uploadsDir, resolveLink, attachments });
      const tags: string[] = [];
      for (const term of item.terms) {
        if (term.domain !== 'category' && term.domain !== 'post_tag') continue;
        const id = toSlug(term.label) || toSlug(term.slug);
        if (!id || (term.domain === 'category' && DEFAULT_CATEGORIES.has(id))) continue;
        if (!known.has(id)) {
          known.set(id, id);
          plan.newTags.push({ id, label: term.label, description: termDescriptions.get(id) ?? `Posts about ${term.label}, from the WordPress blog.` });
        }
        const tag = known.get(id)!;
        if (!tags.includes(tag)) tags.push(tag);
      }
      const draftReasons: string[] = [];
      if (body.imagesWithoutAlt.length > 0)
        draftReasons.push(`images without alt text, caption or title: ${body.imagesWithoutAlt.join(', ')} (alt is "${ALT_PLACEHOLDER}")`);
      const isDraft = draft || draftReasons.length > 0;
      const updated = wordpressDay(item.modifiedDate, item, 'wp:post_modified');
      plan.posts.push({
        item,
        slug,
        file: `content/posts/${slug}.mdx`,
        text: '',
        images: body.images,
        draft: isDraft,
        draftReasons,
        redirectFrom: draft ? [] : oldPaths(item, wxr.siteUrl, day),
        body,
        comments: { total: item.comments.length, approved: item.comments.filter((c) => c.approved === '1').length },
      });
      const post = plan.posts.at(-1)!;
      post.text = postFile({
        title: item.title || slug,
        description: describe(item.excerpt, body.firstParagraphs, item.title || slug),
        pubDate: day,
        updatedDate: updated && updated > day ? updated : undefined,
        tags,
        author: authorOf(wxr, item),
        draft: isDraft,
        redirectFrom: post.redirectFrom,
        source: `WordPress post ${item.id}, ${item.status}${item.link ? `, ${item.link}` : ''}`,
        body: body.mdx,
      });
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      plan.failed.push({ item, reason: error.message });
    }
    options.onProgress?.(index + 1, candidates.length);
  });
  return plan;
}

/** The post's author by display name; none when it is the site's own author, whom every post already names. */
function authorOf(wxr: WxrExport, item: WxrItem): string | undefined {
  const name = wxr.authors.get(item.creator) ?? item.creator;
  return guestAuthorOf(name, AUTHOR);
}

interface PostFields {
  title: string;
  description: string;
  pubDate: string;
  updatedDate: string | undefined;
  tags: string[];
  author: string | undefined;
  draft: boolean;
  redirectFrom: string[];
  source: string;
  body: string;
}

/** The post's file: frontmatter in the order the site's own posts use (strings JSON-quoted, which YAML reads as written), then the body. */
export function postFile(post: PostFields): string {
  const q = (text: string) => JSON.stringify(text);
  return [
    '---',
    `title: ${q(post.title)}`,
    `description: ${q(post.description)}`,
    `# Imported from ${post.source.replace(/\n/g, ' ')}`,
    `pubDate: ${post.pubDate}`,
    ...(post.updatedDate ? [`updatedDate: ${post.updatedDate}`] : []),
    `tags: [${post.tags.join(', ')}]`,
    ...(post.author ? [`author: ${q(post.author)}`] : []),
    ...(post.redirectFrom.length > 0 ? ['redirectFrom:', ...post.redirectFrom.map((path) => `  - ${q(path)}`)] : []),
    ...(post.draft ? ['draft: true'] : []),
    '---',
    '',
    post.body,
  ].join('\n');
}
