/**
 * What a Jekyll or Hugo site becomes (a MarkdownSite, read by jekyll/ or
 * hugo/): each post as `content/posts/<slug>.md`, Markdown kept Markdown,
 * with the frontmatter the site's schema asks for, its files copied from
 * the site's folder, its tags, and its old addresses in `redirectFrom`.
 *
 * In three steps, as the WordPress import does: every post gets its slug
 * and its body resolved of templates and parsed (so every post's headings
 * are known before any link to one is written); each body is converted
 * (body.ts), its links and files resolved here; then what would break the
 * site's build is mended: a post with an image without alt text becomes a
 * draft, and no link leads to a draft or to a heading that is not there.
 * Nothing here writes: write-import.node.ts does.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { guestAuthorOf } from '../../author/structured-data.ts';
import { AUTHOR } from '../../config/site.ts';
import { toSlug } from '../../lib/slug.ts';
import { describe } from '../description.ts';
import type { ImportPlan, PlannedPost, PostFile } from '../import-plan.ts';
import { servableOldPaths } from '../old-urls.ts';
import { postFile, uniqueSlug } from '../post-file.ts';
import { ALT_PLACEHOLDER, isImageFile, placeFile } from '../post-media.ts';
import { TagRegistry } from '../tag-registry.node.ts';
import { convertBody, plainText, prepareBody, type BodyResult, type FileOutcome, type LinkOutcome, type PreparedBody } from './body.ts';
import { readExistingPosts, type ExistingPost } from './existing-posts.node.ts';
import { OldSite, pathKey } from './old-site.ts';
import type { MarkdownSite, SitePost } from './site.ts';
import { KeptTemplates } from './template-output.ts';

export interface MarkdownSitePost extends PlannedPost {
  sitePost: SitePost;
  body: BodyResult;
}

export type MarkdownSitePlan = ImportPlan<MarkdownSitePost>;

export interface SitePlanOptions {
  /** The site's root: its content/tags.yaml and content/posts/ are read. */
  root: string;
  /** Called after each post is converted, for a progress line. */
  onProgress?: ((done: number, total: number) => void) | undefined;
}

interface Candidate {
  post: SitePost;
  slug: string;
  kept: KeptTemplates;
  prepared: PreparedBody;
  templateProblems: string[];
}

interface Converted {
  body: BodyResult;
  files: PostFile[];
  /** Links to files of the old site the folder lacks: they lead to the old site's copy. */
  missingLinks: string[];
  /** The posts it links to, published: a post drafted later is linked again. */
  linked: Set<string>;
}

/** A file's name as the site's copy has it: URL-safe. */
const safeFileName = (file: string) =>
  basename(file)
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[.-]+/, '') || 'file';

const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
/** A page's or a post's source: never a file to copy; a link to one is a link to its page. */
const MARKDOWN_FILE = /\.(?:md|markdown|mkdn?|mkd|mdown)$/i;

/** A path that names a file to download, not a page: it has an extension that is not a page's. */
const isFilePath = (path: string) => /\.(?!html?$|php$|aspx?$)[a-z\d]{1,5}$/i.test(path);

/** A path from a post's text, made a path on disk under `from`: undefined if it would climb out of the site. */
function diskPath(root: string, from: string, ref: string): string | undefined {
  let path = ref.replace(/[?#].*$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // as written
  }
  const file = resolve(from, path.replace(/^\/+/, ''));
  return file.startsWith(resolve(root) + sep) ? file : undefined;
}

export function planSiteImport(site: MarkdownSite, options: SitePlanOptions): MarkdownSitePlan {
  const oldSite = new OldSite(site.siteUrl, site.basePath);
  const existing = readExistingPosts(options.root);
  // A post this import wrote before keeps its file: its frontmatter names its source, or (that line removed) it
  // redirects the post's old address. Every other post of the site keeps its slug and its old URLs.
  const ours = new Map<string, string>();
  const bySource = new Map(existing.filter((post) => post.importedFrom).map((post) => [post.importedFrom!, post]));
  const byOldPath = new Map(existing.flatMap((post) => post.redirectFrom.map((path) => [pathKey(path), post] as const)));
  const matched = new Set<ExistingPost>();
  for (const post of site.posts) {
    const found = bySource.get(post.source) ?? (post.oldPath ? byOldPath.get(pathKey(post.oldPath)) : undefined);
    if (!found || !found.markdown || matched.has(found) || (found.importedFrom && found.importedFrom !== post.source)) continue;
    matched.add(found);
    ours.set(post.source, found.slug);
  }
  const taken = new Set(existing.map((post) => post.slug));
  const claimed = new Set<string>();
  for (const post of existing) if (!matched.has(post)) servableOldPaths(post.redirectFrom, claimed);

  const candidates: Candidate[] = site.posts.map((post) => {
    const kept = new KeptTemplates();
    const expanded = site.expand(post, kept);
    const slug = ours.get(post.source) ?? uniqueSlug(toSlug(post.slug) || toSlug(post.title) || 'post', taken);
    return { post, slug, kept, prepared: prepareBody(expanded.text, kept), templateProblems: expanded.problems };
  });
  const byKey = new Map<string, Candidate>();
  const byFile = new Map<string, Candidate>();
  for (const candidate of candidates) {
    byFile.set(candidate.post.path, candidate);
    for (const path of [candidate.post.oldPath, ...candidate.post.aliases]) {
      if (path && !byKey.has(pathKey(path))) byKey.set(pathKey(path), candidate);
    }
  }

  /** The file on disk a post's address names: beside the post, where the old site served the path, or in the page bundle at its folder. */
  const fileFor = (post: SitePost, ref: string, path: string, relativeRef: boolean): string | undefined => {
    const bundle = byKey.get(pathKey(dirname(path)))?.post.dir;
    const found = [
      relativeRef ? diskPath(site.root, post.dir, ref) : undefined,
      site.fileAt(path),
      bundle ? diskPath(site.root, bundle, basename(path)) : undefined,
    ].find((file) => file !== undefined && isFile(file) && !MARKDOWN_FILE.test(file));
    return found;
  };

  const convert = (candidate: Candidate, drafts: ReadonlySet<string>): Converted => {
    const { post, slug } = candidate;
    const converted: Converted = { body: undefined!, files: [], missingLinks: [], linked: new Set() };
    const link = (href: string): LinkOutcome => {
      const located = oldSite.locate(href, post.oldPath);
      if (located.kind === 'elsewhere') return { url: href };
      if (located.kind === 'outside') {
        // A file named without the base path (`/assets/a.pdf` on a site under `/lab`) is still the folder's.
        const file = site.fileAt(located.path);
        if (file && isFile(file)) return { url: placeFile(converted.files, slug, file, safeFileName(file), { served: true }).path };
        if (!site.siteUrl)
          return { dropped: `link to ${href}, a page this site does not have: kept as text (the old site's address is not set: ${site.siteUrlSetting})` };
        return { url: located.url, problem: `link to ${located.url}, a page this site does not have: leads to the old site` };
      }
      // A link to a source file (`../notes/mtu.md`) is a link to its post, or to its page on the old site.
      const source = located.relative ? diskPath(site.root, post.dir, href) : undefined;
      const page = source ? site.pages.get(source) : undefined;
      if (page) located.path = page;
      const target = (source ? byFile.get(source) : undefined) ?? byKey.get(pathKey(located.path));
      if (target && !drafts.has(target.slug)) {
        converted.linked.add(target.slug);
        const id = located.hash.slice(1);
        let anchor = '';
        let problem: string | undefined;
        if (id) {
          const decoded = decodeURIComponentSafe(id);
          const renamed = target.prepared.explicitIds.get(decoded);
          if (target.prepared.headingIds.has(decoded)) anchor = located.hash;
          else if (renamed) anchor = `#${renamed}`;
          else problem = 'a link to a heading of another post leads to that post: the heading is not there';
        }
        return { url: `/posts/${target.slug}/${anchor}`, problem };
      }
      const old = oldSite.absolute(located.path, `${located.search}${located.hash}`);
      if (target) {
        return old
          ? { url: old, problem: `link to ${old}, a post that comes across as a draft: leads to the old site` }
          : { dropped: `link to ${href}, a post that comes across as a draft: kept as text` };
      }
      const file = fileFor(post, href, located.path, located.relative);
      if (file) return { url: placeFile(converted.files, slug, file, safeFileName(file), { served: true }).path };
      if (isFilePath(located.path)) {
        converted.missingLinks.push(old ?? href);
        return old
          ? { url: old, problem: `${old}: not in the site folder; the link leads to the old site's copy` }
          : { dropped: `${href}: not in the site folder; kept as text` };
      }
      if (!old) return { dropped: `link to ${href}, a page this site does not have: kept as text (the old site's address is not set: ${site.siteUrlSetting})` };
      return { url: old, problem: `link to ${old}, a page this site does not have: leads to the old site` };
    };
    const file = (src: string, use: 'image' | 'served'): FileOutcome => {
      const located = oldSite.locate(src, post.oldPath);
      const name = safeFileName(src.replace(/[?#].*$/, '')) || 'image';
      if (located.kind === 'elsewhere') return { missing: 'on another site (never hotlinked)', name };
      const found =
        located.kind === 'outside' ? [site.fileAt(located.path)].find((f) => f !== undefined && isFile(f)) : fileFor(post, src, located.path, located.relative);
      if (!found) return { missing: 'not in the site folder', name };
      if (use === 'image' && !isImageFile(found)) return { missing: 'not an image format the site can show', name };
      return placeFile(converted.files, slug, found, safeFileName(found), { served: use === 'served' });
    };
    converted.body = convertBody(candidate.prepared, { kept: candidate.kept, link, file });
    return converted;
  };

  const firstDrafts = new Set(candidates.filter((c) => c.post.unpublished).map((c) => c.slug));
  const converted = new Map<Candidate, Converted>();
  candidates.forEach((candidate, index) => {
    converted.set(candidate, convert(candidate, firstDrafts));
    options.onProgress?.(index + 1, candidates.length);
  });
  // A post drafted for what its conversion found (an image without alt text): posts linking to it are converted again.
  const drafts = new Set([...firstDrafts, ...candidates.filter((c) => converted.get(c)!.body.imagesWithoutAlt.length > 0).map((c) => c.slug)]);
  const newlyDrafted = [...drafts].filter((slug) => !firstDrafts.has(slug));
  if (newlyDrafted.length > 0) {
    for (const [candidate, result] of converted) {
      if (newlyDrafted.some((slug) => result.linked.has(slug))) converted.set(candidate, convert(candidate, drafts));
    }
  }

  const registry = new TagRegistry(options.root);
  const posts: MarkdownSitePost[] = candidates.map((candidate) => {
    const { post, slug } = candidate;
    const { body, files } = converted.get(candidate)!;
    const draftReasons = post.unpublished ? [post.unpublished] : [];
    if (body.imagesWithoutAlt.length > 0) draftReasons.push(`images without alt text: describe them (alt is "${ALT_PLACEHOLDER}"), then publish`);
    const draft = draftReasons.length > 0;
    const oldPaths = [post.oldPath, ...post.aliases].filter((path): path is string => path !== undefined);
    const { kept: redirectFrom, dropped } = draft ? { kept: [], dropped: [] } : servableOldPaths(oldPaths, claimed, `/posts/${slug}/`);
    const tags: string[] = [];
    for (const label of post.tags) {
      const tag = registry.idFor(label, () => `Posts about ${label}, from the ${site.kind} blog.`);
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
    const excerpt = post.excerpt ? plainText(post.excerpt.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, ''), new KeptTemplates()) : '';
    const oldUrl = post.oldPath ? oldSite.absolute(post.oldPath) : undefined;
    return {
      source: post.source,
      title: post.title,
      slug,
      file: `content/posts/${slug}.md`,
      files,
      draft,
      draftReasons,
      problems: [
        ...post.problems,
        ...candidate.templateProblems,
        ...body.missingMedia.map(({ url, reason }) => `${url}: ${reason}; a note stands in its place`),
        ...body.imagesWithoutAlt.map((name) => `image ${name} has no alt text or title: describe it`),
        ...body.problems,
        ...dropped,
      ],
      redirectFrom,
      sitePost: post,
      body,
      text: postFile({
        title: post.title,
        description: describe(excerpt, body.firstParagraphs, post.title),
        pubDate: post.date.day,
        updatedDate: post.updated && post.updated.day > post.date.day ? post.updated.day : undefined,
        tags,
        author: guestAuthorOf(post.author, AUTHOR),
        draft,
        redirectFrom,
        source: `${post.source}${oldUrl ? `, ${oldUrl}` : ''}`,
        body: body.markdown,
      }),
    };
  });

  const carried = new Set(posts.flatMap((post) => post.files.map((file) => file.from)));
  const missing = new Set(candidates.flatMap((c) => [...converted.get(c)!.body.missingMedia.map((m) => m.url), ...converted.get(c)!.missingLinks]));
  return {
    posts,
    skipped: site.skipped,
    failed: [],
    newTags: registry.newTags,
    media: { downloaded: 0, cached: 0, fromFolder: carried.size, missing: missing.size, folder: 'the site folder' },
    notes: [`Read as a ${site.kind} site: ${relative(process.cwd(), site.root) || '.'}${site.siteUrl ? `, once at ${site.siteUrl}` : ''}.`, ...site.notes],
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
