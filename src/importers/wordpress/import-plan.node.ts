/**
 * What a WordPress export becomes, in three steps:
 * 1. `prepareImport` decides each item's fate and slug, renders each post's
 *    stored text as the HTML WordPress served (wordpress-html.ts), and lists
 *    the media files the posts use;
 * 2. the caller fetches those (../media-fetcher.node.ts: the uploads folder,
 *    the download cache, the old site);
 * 3. `planImport` converts each post (body.ts) with the files it has, and
 *    mends what would break the site's build: a post whose image has no
 *    text, or that was never public, becomes a draft, and no link leads to
 *    a draft or to a heading that is not there.
 * `importWordPress` runs the three. Nothing here writes: write-import does.
 */
import { fromHtml } from 'hast-util-from-html';
import { toString as hastText } from 'hast-util-to-string';
import { AUTHOR } from '../../config/site.ts';
import { guestAuthorOf } from '../../author/structured-data.ts';
import { toSlug } from '../../lib/slug.ts';
import { describe } from '../description.ts';
import { fetchMedia, type FetchProgress, type MediaOutcome } from '../media-fetcher.node.ts';
import type { ImportPlan, PlannedPost, RegistryTag, SetAside } from '../import-plan.ts';
import { ImportError } from '../import-error.ts';
import { servableOldPaths } from '../old-urls.ts';
import { ALT_PLACEHOLDER } from '../post-media.ts';
import { postFile, uniqueSlug } from '../post-file.ts';
import { TagRegistry } from '../tag-registry.node.ts';
import { ConversionError, convertBody, type BodyResult, type MediaLookup } from './body.ts';
import { ownUploadUrl, uploadAddresses, wantedMedia, type MediaSite } from './media-sources.node.ts';
import { attachmentFigure, wordpressHtml, type Attachment, type WordPressHtml } from './wordpress-html.ts';
import { decodeSlug, type WxrExport, type WxrItem } from './wxr.ts';

export type { RegistryTag };

export interface WordPressPost extends PlannedPost {
  item: WxrItem;
  body: BodyResult;
  comments: { total: number; approved: number };
}

export type WordPressPlan = ImportPlan<WordPressPost>;

/** WordPress statuses that were never public: the post comes across as a draft. */
const UNPUBLISHED: Record<string, string> = {
  draft: 'a draft on the old blog',
  pending: 'pending review on the old blog',
  future: 'scheduled on the old blog, never published',
  'auto-draft': 'an unsaved draft on the old blog',
  // A static site cannot restrict who reads a page: these wait for the author to decide.
  private: 'private on the old blog: publish it only if anyone may read it',
};
const PASSWORD_DRAFT = 'password-protected on the old blog: publish it only if anyone may read it';
/** Categories WordPress gives a post nobody categorised: not a tag worth carrying. */
const DEFAULT_CATEGORIES = new Set(['uncategorized', 'uncategorised']);

interface Candidate {
  item: WxrItem;
  slug: string;
  day: string;
  /** Why the old blog never showed it, when it did not. */
  unpublished: string | undefined;
  page: WordPressHtml;
}

export interface PreparedImport {
  wxr: WxrExport;
  candidates: Candidate[];
  skipped: SetAside[];
  attachments: Map<number, Attachment>;
  site: MediaSite;
  notes: string[];
}

export interface PrepareOptions {
  uploadsDir: string | undefined;
  mediaFrom: string | undefined;
}

const sourceOf = (item: WxrItem) => `WordPress ${item.type || 'item'} ${item.id}`;

/** Step 1: every item's fate and slug, each post's HTML, and so the media its posts use. */
export function prepareImport(wxr: WxrExport, options: PrepareOptions): PreparedImport {
  const attachments = new Map<number, Attachment>();
  for (const item of wxr.items) {
    if (item.type !== 'attachment') continue;
    attachments.set(item.id, {
      id: item.id,
      parent: item.parent,
      url: item.attachmentUrl,
      title: item.title,
      caption: item.excerpt,
      alt: item.meta.get('_wp_attachment_image_alt') ?? '',
    });
  }
  const prepared: PreparedImport = {
    wxr,
    candidates: [],
    skipped: [],
    attachments,
    site: { siteUrl: wxr.siteUrl, uploadsDir: options.uploadsDir, mediaFrom: options.mediaFrom },
    notes: [],
  };
  const internal = new Map<string, number>();
  const taken = new Set<string>();
  for (const item of wxr.items) {
    if (item.type === 'page') {
      const address = item.link || `${wxr.siteUrl}/${decodeSlug(item.name)}/`;
      prepared.skipped.push({
        source: sourceOf(item),
        title: item.title,
        reason: `a page (${decodeSlug(item.name) || 'no slug'}), not a post: links to it lead to ${address} on the old site`,
      });
      continue;
    }
    if (item.type !== 'post') {
      internal.set(item.type || '(no type)', (internal.get(item.type || '(no type)') ?? 0) + 1);
      continue;
    }
    if (item.status === 'trash') {
      prepared.skipped.push({ source: sourceOf(item), title: item.title, reason: 'in the trash' });
      continue;
    }
    const day = wordpressDay(item.postDate, item, 'wp:post_date') ?? wordpressDay(item.modifiedDate, item, 'wp:post_modified');
    wordpressDay(item.modifiedDate, item, 'wp:post_modified');
    if (!day) throw new ImportError(`item ${item.id} ("${item.title}"): it has no date (wp:post_date and wp:post_modified are empty)`);
    const slug = uniqueSlug(toSlug(decodeSlug(item.name)) || toSlug(item.title) || `post-${item.id}`, taken);
    const unpublished =
      item.password !== '' ? PASSWORD_DRAFT : item.status === 'publish' ? undefined : (UNPUBLISHED[item.status] ?? `"${item.status}" on the old blog`);
    // The featured image heads the post, as the old theme showed it, unless the post shows it itself.
    const featured = attachments.get(Number(item.meta.get('_thumbnail_id') ?? 0));
    const content = featured && !item.content.includes(featured.url.replace(/\.\w+$/, '')) ? `${attachmentFigure(featured)}\n\n${item.content}` : item.content;
    prepared.candidates.push({ item, slug, day, unpublished, page: wordpressHtml(content, { postId: item.id, attachments }) });
  }
  if (internal.size > 0) prepared.notes.push(`Not posts, not imported: ${[...internal].map(([type, count]) => `${count} ${type}`).join(', ')}.`);
  return prepared;
}

/** Every media file the posts use, with where each may be had. */
export function wantedFiles(prepared: PreparedImport) {
  const wanted = new Map<string, NonNullable<ReturnType<typeof wantedMedia>>>();
  for (const { page } of prepared.candidates) {
    for (const address of uploadAddresses(page.html)) {
      const media = wantedMedia(address, prepared.site);
      if (media && !wanted.has(media.url)) wanted.set(media.url, media);
    }
  }
  return [...wanted.values()];
}

export interface PlanOptions {
  /** The site's root: its content/tags.yaml is read to see which tags exist. */
  root: string;
  /** What the fetch found of each wanted file, by its own address. */
  media: ReadonlyMap<string, MediaOutcome>;
  /** Called after each post is converted, for a progress line. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** Step 3: each post converted, mended where it would break the build. */
export function planImport(prepared: PreparedImport, options: PlanOptions): WordPressPlan {
  const { wxr, candidates, attachments } = prepared;
  const lookup = (src: string): MediaLookup => {
    const own = ownUploadUrl(src, wxr.siteUrl);
    if (!own) return { elsewhere: true };
    const outcome = options.media.get(own.href);
    if (!outcome) return { missing: 'not found by the media scan' };
    return 'file' in outcome ? { file: outcome.file } : { missing: outcome.missing };
  };

  const registry = new TagRegistry(options.root);
  const termDescriptions = new Map(wxr.terms.map((term) => [toSlug(term.label), term.description]));
  const tagsOf = (item: WxrItem) => {
    const tags: string[] = [];
    for (const term of item.terms) {
      if (term.domain !== 'category' && term.domain !== 'post_tag') continue;
      if (term.domain === 'category' && DEFAULT_CATEGORIES.has(toSlug(term.label) || toSlug(term.slug))) continue;
      const tag = registry.idFor(term.label, (id) => termDescriptions.get(id) ?? `Posts about ${term.label}, from the WordPress blog.`, term.slug);
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
    return tags;
  };

  // Links between posts lead to the new pages, but never to a draft, which the site does not publish.
  // One map of old URLs per set of drafts (made once: a post's conversion asks it for each of its links).
  const resolvers = new Map<ReadonlySet<string>, (href: string) => string | undefined>();
  const resolverFor = (drafts: ReadonlySet<string>) => {
    if (!resolvers.has(drafts)) resolvers.set(drafts, linkResolver(candidates, wxr.siteUrl, drafts));
    return resolvers.get(drafts)!;
  };
  const convert = (candidate: Candidate, drafts: ReadonlySet<string>) =>
    convertBody(candidate.page, {
      slug: candidate.slug,
      title: candidate.item.title,
      siteUrl: wxr.siteUrl,
      resolveLink: resolverFor(drafts),
      media: lookup,
      attachments,
    });
  const converted = new Map<Candidate, BodyResult>();
  const failed: SetAside[] = [];
  const firstDrafts = new Set(candidates.filter((c) => c.unpublished).map((c) => c.slug));
  candidates.forEach((candidate, index) => {
    try {
      converted.set(candidate, convert(candidate, firstDrafts));
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      failed.push({ source: sourceOf(candidate.item), title: candidate.item.title, reason: error.message });
    }
    options.onProgress?.(index + 1, candidates.length);
  });
  // A post drafted for what its conversion found (an image without alt text), or that failed: posts linking to it are converted again.
  const drafts = new Set(candidates.filter((c) => c.unpublished || !converted.has(c) || converted.get(c)!.imagesWithoutAlt.length > 0).map((c) => c.slug));
  const newlyDrafted = [...drafts].filter((slug) => !firstDrafts.has(slug));
  if (newlyDrafted.length > 0) {
    for (const [candidate, body] of converted) {
      if (newlyDrafted.some((slug) => body.mdx.includes(`](/posts/${slug}/`))) converted.set(candidate, convert(candidate, drafts));
    }
  }
  const headingIds = new Map([...converted].map(([candidate, body]) => [candidate.slug, new Set(body.headingIds)]));

  const posts: WordPressPost[] = [];
  const claimed = new Set<string>();
  for (const candidate of candidates) {
    const body = converted.get(candidate);
    if (!body) continue;
    const { item, slug, day } = candidate;
    const mdx = withLiveAnchors(body.mdx, headingIds);
    const draftReasons = candidate.unpublished ? [candidate.unpublished] : [];
    if (body.imagesWithoutAlt.length > 0) draftReasons.push(`images without alt text: describe them (alt is "${ALT_PLACEHOLDER}"), then publish`);
    const draft = draftReasons.length > 0;
    const updated = wordpressDay(item.modifiedDate, item, 'wp:post_modified');
    const { kept: redirectFrom, dropped } = draft ? { kept: [], dropped: [] } : servableOldPaths(oldPaths(item, wxr.siteUrl, day), claimed);
    posts.push({
      source: sourceOf(item),
      title: item.title || slug,
      slug,
      file: `content/posts/${slug}.mdx`,
      files: body.files,
      draft,
      draftReasons,
      problems: [...problemsOf(body, mdx !== body.mdx, item), ...dropped],
      redirectFrom,
      item,
      body,
      comments: { total: item.comments.length, approved: item.comments.filter((c) => c.approved === '1').length },
      text: postFile({
        title: item.title || slug,
        description: describe(plainText(item.excerpt), withoutShortcodes(body.firstParagraphs), item.title || slug),
        pubDate: day,
        updatedDate: updated && updated > day ? updated : undefined,
        tags: tagsOf(item),
        author: authorOf(wxr, item),
        draft,
        redirectFrom,
        source: `WordPress post ${item.id}, ${item.status}${item.link ? `, ${item.link}` : ''}`,
        body: mdx,
      }),
    });
  }

  const outcomes = [...options.media.values()];
  const comments = posts.reduce((sum, post) => sum + post.comments.total, 0);
  const approved = posts.reduce((sum, post) => sum + post.comments.approved, 0);
  return {
    posts,
    skipped: prepared.skipped,
    failed,
    newTags: registry.newTags,
    media: {
      downloaded: outcomes.filter((o) => 'from' in o && o.from === 'download').length,
      cached: outcomes.filter((o) => 'from' in o && o.from === 'cache').length,
      fromFolder: outcomes.filter((o) => 'from' in o && o.from === 'folder').length,
      // Every file a post wanted and does not have, another site's images among them.
      missing: new Set(posts.flatMap((post) => post.body.missingMedia.map((m) => m.url))).size,
    },
    notes: [
      ...(comments > 0 ? [`Comments: ${comments} (${approved} approved) not published; docs/importing.md, "The report", says how to keep them.`] : []),
      ...prepared.notes,
    ],
  };
}

/** What the author should look at in one post, one line per occurrence. */
function problemsOf(body: BodyResult, anchorsMended: boolean, item: WxrItem): string[] {
  return [
    ...body.missingMedia.map(({ url, reason }) => `${url}: ${reason}; a note stands in its place`),
    ...body.imagesWithoutAlt.map((name) => `image ${name} has no alt text, caption or title: describe it`),
    ...body.unknownShortcodes.map((name) => `shortcode [${name}] is not known here: left as text; rewrite or remove it`),
    ...body.otherEmbeds.map((url) => `embed ${url} is another site's: linked, not embedded`),
    ...body.deadAnchors.map((anchor) => `link to ${anchor} leads to no heading of the post: kept as text`),
    ...(anchorsMended ? ['a link to a heading of another post leads to that post: the heading is not there'] : []),
    ...body.oldSiteLinks.map((url) => `link to ${url}, a page this site does not have: leads to the old site`),
    ...(item.sticky ? ['was sticky on the old blog: this site lists posts newest first'] : []),
  ];
}

/** A link to a heading of another imported post keeps its `#id` only when that post has the heading. */
function withLiveAnchors(mdx: string, headingIds: ReadonlyMap<string, ReadonlySet<string>>): string {
  return mdx.replace(/\]\(\/posts\/([\w-]+)\/#([^)\s]+)\)/g, (link, slug: string, id: string) =>
    headingIds.get(slug)?.has(decodeURIComponent(id)) ? link : `](/posts/${slug}/)`,
  );
}

/** The new path of an old URL of a published post of the export. */
function linkResolver(candidates: Candidate[], siteUrl: string, drafts: ReadonlySet<string>): (href: string) => string | undefined {
  const links = new Map<string, string>();
  for (const { item, slug, day } of candidates) {
    if (drafts.has(slug)) continue; // a link to a draft would lead nowhere on the site: it keeps its old address
    for (const path of [...oldPaths(item, siteUrl, day), item.link]) {
      const key = linkKey(path.startsWith('/') ? `${siteUrl}${path}` : path, siteUrl);
      if (key) links.set(key, `/posts/${slug}/`);
    }
  }
  return (href) => {
    const key = linkKey(href, siteUrl);
    const target = key ? links.get(key) : undefined;
    return target ? `${target}${new URL(href, `${siteUrl}/`).hash}` : undefined;
  };
}

export interface ImportOptions extends PrepareOptions {
  root: string;
  /** false: nothing is downloaded; what the uploads folder lacks is missing. */
  download: boolean;
  /** Where downloads are kept between runs. */
  cacheDir: string;
  fetch?: { concurrency?: number; tries?: number; timeoutMs?: number; retryDelayMs?: number };
  onMediaProgress?: ((progress: FetchProgress) => void) | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

/** The three steps: prepare, fetch the media, convert. */
export async function importWordPress(wxr: WxrExport, options: ImportOptions): Promise<WordPressPlan> {
  const prepared = prepareImport(wxr, options);
  const media = await fetchMedia(wantedFiles(prepared), {
    cacheDir: options.cacheDir,
    download: options.download,
    ...options.fetch,
    onProgress: options.onMediaProgress,
  });
  return planImport(prepared, { root: options.root, media, onProgress: options.onProgress });
}

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

/** Text without WordPress shortcodes (`[caption]`, `[/code]`), for a description. */
const withoutShortcodes = (text: string) => text.replace(/\[\/?[a-z][^\]]*\]/gi, ' ');

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

/** The post's author by display name; none when it is the site's own author, whom every post already names. */
function authorOf(wxr: WxrExport, item: WxrItem): string | undefined {
  const name = wxr.authors.get(item.creator) ?? item.creator;
  return guestAuthorOf(name, AUTHOR);
}
