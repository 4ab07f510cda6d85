/**
 * One post's WordPress content to an MDX body.
 *
 * What WordPress does to the text before it is HTML (shortcodes, the classic
 * editor's paragraphs, auto-embeds) is wordpress-html.ts. That HTML is parsed
 * as a browser would (hast-util-from-html) and turned into Markdown's tree
 * (hast-util-to-mdast, with handlers for listings, videos, images, figures
 * and links), then written out as MDX (mdast-util-to-markdown with the GFM
 * and MDX extensions, which escape the `<`, `{` and `}` that MDX would read
 * as code).
 *
 * The result is parsed again as MDX before it is accepted: a body that would
 * not compile is an error for this post alone (ConversionError).
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { BlockContent, Image, Paragraph, PhrasingContent, Root as MdastRoot } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { fromHtml } from 'hast-util-from-html';
import { defaultHandlers, toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { toString as hastText } from 'hast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString as mdastText } from 'mdast-util-to-string';
import GithubSlugger from 'github-slugger';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { listingLanguage } from '../listings.ts';
import { classLanguage } from './listings.ts';
import { ALT_PLACEHOLDER, altText, isImageFile, placeFile, youtubeId } from '../post-media.ts';
import { isVideoUrl, mediaFileName } from './media.ts';
import type { Attachment, WordPressHtml } from './wordpress-html.ts';

export class ConversionError extends Error {}

export type { Attachment };

/** What the import has of a media file a post uses: its file on disk, why it has none, or that it is another site's. */
export type MediaLookup = { file: string } | { missing: string } | { elsewhere: true };

export interface BodyContext {
  slug: string;
  title: string;
  /** The old site's address: a link to one of its pages this site lacks becomes absolute. */
  siteUrl: string;
  /** The new site path (`/posts/<slug>/`) of an old URL that was a post of the export, else undefined. */
  resolveLink: (href: string) => string | undefined;
  media: (src: string) => MediaLookup;
  attachments: ReadonlyMap<number, Attachment>;
}

/** A file the post uses, to copy into the site: images beside the post (the image pipeline), the rest under public/media/. */
export interface PostFile {
  from: string;
  /** Relative to the site's root. */
  target: string;
}

export interface BodyResult {
  mdx: string;
  files: PostFile[];
  missingMedia: Array<{ url: string; reason: string }>;
  /** Images that had no alt text, caption or title. */
  imagesWithoutAlt: string[];
  unknownShortcodes: string[];
  youtube: string[];
  /** Embeds of other sites (videos elsewhere, posts, maps): linked, never framed. */
  otherEmbeds: string[];
  /** Links to the old site's pages that are not posts here: now absolute links to the old site. */
  oldSiteLinks: string[];
  listings: number;
  /** In-page links to headings the post lacks: their text kept, the link removed. */
  deadAnchors: string[];
  /** The ids the site gives the post's headings, for links from other posts. */
  headingIds: string[];
  /** The text of the first paragraphs, for a description when the post has no excerpt. */
  firstParagraphs: string;
}

export { ALT_PLACEHOLDER };

// ---------------------------------------------------------------- HTML tree to Markdown tree

const classesOf = (node: Element): string => {
  const value = node.properties['className'];
  return Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
};
const isElement = (node: ElementContent | undefined, tag?: string): node is Element => node?.type === 'element' && (!tag || node.tagName === tag);
const prop = (node: Element, name: string): string | undefined => {
  const value = node.properties[name];
  return value === undefined || value === null ? undefined : String(value);
};

function jsx(name: string, attributes: Record<string, string>, children: MdxJsxFlowElement['children'] = []): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(attributes).map(([key, value]) => ({ type: 'mdxJsxAttribute', name: key, value })),
    children,
  };
}

const paragraph = (children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

/** The elements of HTML. Anything else in angle brackets (`<none>`, `<interface>`) was text the author typed. */
const HTML_ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b bdi bdo blockquote br button canvas caption cite code col colgroup data dd del details dfn dialog div dl dt em ' +
    'embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr i iframe img input ins kbd label legend li main map mark menu meter nav ' +
    'noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script section select small source span strong style sub summary sup ' +
    'table tbody td template textarea tfoot th thead time tr track u ul var video wbr center font big strike tt acronym'
  ).split(' '),
);

/**
 * What the browser parsed as an unknown element is put back as the text it
 * was (`<none>`, with its content after it), and a bare address in running
 * text becomes a link, as WordPress's make_clickable made it.
 */
function restoreTextTags(tree: HastRoot): void {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    if (node.type === 'element' && !HTML_ELEMENTS.has(node.tagName)) {
      parent.children.splice(index, 1, { type: 'text', value: `<${node.tagName}>` }, ...node.children);
      return index;
    }
    if (node.type === 'element' && ['a', 'pre', 'code', 'script', 'style'].includes(node.tagName)) return SKIP;
    if (node.type !== 'text') return undefined;
    const parts = node.value.split(/(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])/);
    if (parts.length === 1) return undefined;
    const replacement: ElementContent[] = parts
      .filter((part) => part !== '')
      .map((part) =>
        /^https?:\/\//.test(part)
          ? { type: 'element', tagName: 'a', properties: { href: part }, children: [{ type: 'text', value: part }] }
          : { type: 'text', value: part },
      );
    parent.children.splice(index, 1, ...replacement);
    return index + replacement.length;
  });
}

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const BLOCK_ELEMENTS = new Set(['pre', 'table', 'ul', 'ol', 'li', 'dl', 'blockquote', 'figure', 'div', 'p', 'hr', 'iframe', ...HEADINGS]);
const INLINE_ELEMENTS = new Set([
  ...HEADINGS,
  'a',
  'b',
  'strong',
  'em',
  'i',
  'u',
  's',
  'del',
  'span',
  'code',
  'small',
  'sup',
  'sub',
  'mark',
  'font',
  'big',
  'tt',
  'cite',
  'q',
  'abbr',
  'label',
]);

/**
 * A block inside an element that holds only text in Markdown (a listing in a
 * heading, a table in bold: browsers accept such HTML, Markdown cannot say it)
 * is moved out, between the two halves of that element; in a table cell, a
 * listing becomes inline code. Without this, the Markdown written would not
 * be the structure the HTML had, or not parse at all.
 */
function liftBlocksOutOfText(tree: HastRoot): void {
  for (let changed = true; changed;) {
    changed = false;
    visit(tree, 'element', (node, index, parent) => {
      if (changed || !parent || index === undefined) return undefined;
      if (node.tagName === 'td' || node.tagName === 'th') {
        for (const [i, child] of node.children.entries()) {
          if (isElement(child, 'pre'))
            node.children[i] = { type: 'element', tagName: 'code', properties: {}, children: [{ type: 'text', value: listingText(child) }] };
        }
        return undefined;
      }
      if (!INLINE_ELEMENTS.has(node.tagName)) return undefined;
      const at = node.children.findIndex((child) => isElement(child) && BLOCK_ELEMENTS.has(child.tagName));
      if (at < 0) return undefined;
      const half = (children: ElementContent[]): Element[] => (children.length > 0 ? [{ ...node, children }] : []);
      parent.children.splice(index, 1, ...half(node.children.slice(0, at)), node.children[at]!, ...half(node.children.slice(at + 1)));
      changed = true;
      return EXIT;
    });
  }
}

/** Images alone in a paragraph (or in a link around them) are figures: WordPress wrote them so. */
function liftLoneImages(tree: HastRoot): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'p' || index === undefined || !parent) return;
    const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === '') && !isElement(child, 'br'));
    const only = content.length === 1 ? content[0] : undefined;
    if (!isElement(only)) return;
    const inLink = only.tagName === 'a' && only.children.length === 1 ? only.children[0] : undefined;
    const image = only.tagName === 'img' ? only : isElement(inLink, 'img') ? inLink : undefined;
    if (!image) return;
    parent.children[index] = { type: 'element', tagName: 'figure', properties: {}, children: [image] };
    return SKIP;
  });
}

/** The text of the first paragraphs of prose (not in a figure, quote or table), about three sentences' worth. */
function firstParagraphs(tree: HastRoot): string {
  const texts: string[] = [];
  let length = 0;
  visit(tree, 'element', (node) => {
    if (length > 400) return SKIP;
    if (['figure', 'blockquote', 'table', 'pre'].includes(node.tagName)) return SKIP;
    if (node.tagName !== 'p') return undefined;
    const text = hastText(node).replace(/\s+/g, ' ').trim();
    // Each paragraph ends a sentence, even one without a full stop (a line that introduces a listing).
    if (text) texts.push(/[.!?…:]$/.test(text) ? text : `${text}.`);
    length += text.length;
    return SKIP;
  });
  return texts.join(' ');
}

interface Converter {
  context: BodyContext;
  result: BodyResult;
  videoCount: number;
}

function videoNode(converter: Converter, url: string, title: string | undefined): BlockContent | MdxJsxFlowElement {
  const id = youtubeId(url);
  if (id) {
    converter.result.youtube.push(id);
    converter.videoCount++;
    const name = title?.trim() || `${converter.context.title}${converter.videoCount > 1 ? ` (video ${converter.videoCount})` : ''}`;
    return jsx('YouTube', { id, title: name });
  }
  return embedLink(converter, url, isVideoUrl(url) ? 'Video' : 'Embedded');
}

/** An embed of another site, as a link to it: the site frames no other site. */
function embedLink(converter: Converter, url: string, label: string): Paragraph {
  converter.result.otherEmbeds.push(url);
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // not an address: shown as it was written
  }
  return paragraph([
    { type: 'text', value: `${label} on ${host}: ` },
    { type: 'link', url, children: [{ type: 'text', value: url }] },
  ]);
}

/**
 * The site's copy of a media file the post uses, named after the upload (a
 * second file of the same name in one post is numbered); undefined, with the
 * reason noted, when the import has no copy. Images go beside the post, for
 * the image pipeline; other files (and images `served` as they are) go under
 * public/media/.
 */
function carryFile(converter: Converter, src: string, { served = false } = {}): { path: string; name: string } | undefined {
  const { context, result } = converter;
  const found = context.media(src);
  if (!('file' in found)) {
    const reason = 'elsewhere' in found ? 'on another site (never hotlinked)' : found.missing;
    if (!result.missingMedia.some((m) => m.url === src)) result.missingMedia.push({ url: src, reason });
    return undefined;
  }
  return placeFile(result.files, context.slug, found.file, mediaFileName(found.file), { served });
}

/** A note where a media file stood that did not come across: what it was, so the author can restore it. */
const missingNote = (what: string, name: string, extra: PhrasingContent[] = []): BlockContent =>
  paragraph([{ type: 'text', value: `${what} not carried over: ` }, { type: 'inlineCode', value: name }, { type: 'text', value: '.' }, ...extra]);

/** An audio or video file of the old site: the site's player with the file copied into the site, or a note. */
function playerNodes(
  converter: Converter,
  kind: 'audio' | 'video',
  src: string,
  poster: string | undefined,
  caption: string | undefined,
): Array<BlockContent | MdxJsxFlowElement> {
  const file = src ? carryFile(converter, src) : undefined;
  const label = kind === 'audio' ? 'Audio' : 'Video';
  if (!file) return [missingNote(label, mediaFileName(src || 'file'))];
  const title = caption?.trim() || `${converter.context.title}: ${file.name}`;
  // The poster is shown by the player, not by the image pipeline: it is served as it is, beside the video.
  const posterFile = poster ? carryFile(converter, poster, { served: true }) : undefined;
  return [jsx(kind === 'audio' ? 'AudioFile' : 'VideoFile', { src: file.path, title, ...(posterFile ? { poster: posterFile.path } : {}) })];
}

const byUrl = new WeakMap<ReadonlyMap<number, Attachment>, Map<string, Attachment>>();
/** An upload's address without its size suffix (`-300x200`), to match a resized copy to its attachment. */
const unsized = (url: string) => url.replace(/^https?:/, '').replace(/-\d+x\d+(\.\w+)$/, '$1');

/**
 * The attachment an image is: named by its class (`wp-image-523`) or the
 * block's `data-id`, else found by its address (classic posts, cover
 * backgrounds), so the media library's alt text is used wherever it applies.
 */
function attachmentOf(converter: Converter, img: Element): Attachment | undefined {
  const { attachments } = converter.context;
  const id = /\bwp-image-(\d+)\b/.exec(classesOf(img))?.[1] ?? prop(img, 'dataId');
  if (id && attachments.has(Number(id))) return attachments.get(Number(id));
  let index = byUrl.get(attachments);
  if (!index) byUrl.set(attachments, (index = new Map([...attachments.values()].map((a) => [unsized(a.url), a]))));
  return index.get(unsized(prop(img, 'src') ?? ''));
}

/** An image as Markdown: copied beside the post when the import has the file, else a figure that says what is missing. */
function imageNodes(converter: Converter, img: Element, caption: PhrasingContent[] | undefined): Array<BlockContent | MdxJsxFlowElement> {
  const { result } = converter;
  const src = prop(img, 'src') ?? '';
  const captionText = caption ? toMarkdownText(caption) : undefined;
  // The media library's alt text and caption (the attachment's) come after what the post itself says.
  const attachment = attachmentOf(converter, img);
  const alt = altText(prop(img, 'alt'), attachment?.alt, captionText, prop(img, 'title'), attachment?.caption);
  const name = mediaFileName(src);
  const captionNode = caption && caption.length > 0 ? [jsx('figcaption', {}, [paragraph(caption)])] : [];
  // Only what the image pipeline can take is carried as an image (a `.bmp` or `.tiff` is reported instead).
  const found = src ? converter.context.media(src) : undefined;
  const showable = !(found && 'file' in found) || isImageFile(found.file);
  if (!showable) result.missingMedia.push({ url: src, reason: 'not an image format the site can show' });
  const file = src && showable ? carryFile(converter, src) : undefined;
  if (file) {
    if (!alt) result.imagesWithoutAlt.push(file.name);
    const image: Image = { type: 'image', url: file.path, alt: alt ?? ALT_PLACEHOLDER, title: null };
    return captionNode.length > 0 ? [jsx('figure', {}, [paragraph([image]), ...captionNode])] : [paragraph([image])];
  }
  if (!src) result.missingMedia.push({ url: '(an image with no address)', reason: 'not an address' });
  return [
    jsx('figure', { class: 'image-missing' }, [
      paragraph([
        { type: 'text', value: 'Image not carried over: ' },
        { type: 'inlineCode', value: name },
        { type: 'text', value: alt ? `. It showed: ${alt}` : '.' },
      ]),
      ...captionNode,
    ]),
  ];
}

const toMarkdownText = (nodes: PhrasingContent[]): string =>
  nodes
    .map((node) => ('value' in node ? node.value : 'children' in node ? toMarkdownText(node.children as PhrasingContent[]) : ''))
    .join('')
    .trim();

function handlers(converter: Converter): Record<string, Handle> {
  return {
    pre(state: State, node: Element) {
      const code = node.children.find((child) => isElement(child, 'code'));
      const named = prop(node, 'dataWpLang') ?? classLanguage(classesOf(node)) ?? (code ? classLanguage(classesOf(code)) : undefined);
      // The characters of the listing, as written: a <br> (the block editor's preformatted block) is a line break, and
      // one line break before </pre> is HTML's, not the listing's.
      const value = listingText(node).replace(/\n$/, '');
      converter.result.listings++;
      const result = { type: 'code' as const, lang: listingLanguage(named, value), meta: null, value };
      state.patch(node, result);
      return result;
    },
    div(state: State, node: Element) {
      const video = prop(node, 'dataWpVideo');
      if (video !== undefined) return videoNode(converter, video, undefined);
      const classes = classesOf(node);
      if (/\bwp-block-cover\b/.test(classes)) return coverNodes(state, converter, node);
      if (/\bwp-block-file\b/.test(classes)) return fileBlock(converter, node);
      if (/\bwp-block-buttons\b/.test(classes)) {
        // Buttons side by side are links in a row; as Markdown, one paragraph each, or they would run together.
        const links: Element[] = [];
        visit(node, 'element', (child) => void (child.tagName === 'a' && links.push(child)));
        return links.flatMap((link) => state.toFlow([state.one(link, node)].flat() as PhrasingContent[]));
      }
      return state.toFlow(state.all(node));
    },
    video(_state: State, node: Element) {
      return playerNodes(converter, 'video', sourceOf(node), prop(node, 'poster'), undefined);
    },
    audio(_state: State, node: Element) {
      return playerNodes(converter, 'audio', sourceOf(node), undefined, undefined);
    },
    ul(state: State, node: Element) {
      // Older galleries are lists of figures: as Markdown, the figures one after another.
      if (/\b(?:wp-block-gallery|blocks-gallery-grid)\b/.test(classesOf(node))) {
        return state.toFlow(node.children.flatMap((item) => (isElement(item) ? state.all(item) : [])));
      }
      return defaultHandlers['ul']!(state, node);
    },
    // A PDF shown inline by the file block: the block's link is enough.
    object: () => undefined,
    embed: () => undefined,
    iframe(_state: State, node: Element) {
      const src = prop(node, 'src') ?? '';
      if (isVideoUrl(src) || youtubeId(src)) return videoNode(converter, src, prop(node, 'title'));
      return embedLink(converter, src, 'Embedded');
    },
    figure(state: State, node: Element) {
      if (/\bwp-block-embed\b/.test(classesOf(node))) {
        // The block's URL is the text of its wrapper; a caption may follow it.
        const wrapper = node.children.find((child) => isElement(child) && /\bwp-block-embed__wrapper\b/.test(classesOf(child)));
        const url = /https?:\/\/\S+/.exec(hastText(wrapper ?? node))?.[0];
        const figcaption = node.children.find((child) => isElement(child, 'figcaption'));
        if (url) return [videoNode(converter, url, undefined), ...(figcaption ? [paragraph(state.all(figcaption) as PhrasingContent[])] : [])];
      }
      const player = node.children.find((child) => isElement(child, 'video') || isElement(child, 'audio'));
      if (isElement(player)) {
        // The video and audio blocks: the player, with the block's caption as its title.
        const figcaption = node.children.find((child) => isElement(child, 'figcaption'));
        const caption = figcaption ? hastText(figcaption).replace(/\s+/g, ' ').trim() : undefined;
        return playerNodes(converter, player.tagName as 'audio' | 'video', sourceOf(player), prop(player, 'poster'), caption);
      }
      if (node.children.some((child) => isElement(child, 'figure') || isElement(child, 'ul'))) {
        // A gallery (every layout: images as figures, or a list of them), then its own caption.
        return state.toFlow(state.all(node));
      }
      const img = findImage(node);
      if (!img) return state.toFlow(state.all(node));
      const figcaption = node.children.find((child) => isElement(child, 'figcaption'));
      const caption = figcaption ? (state.all(figcaption) as PhrasingContent[]) : undefined;
      return imageNodes(converter, img, caption && caption.length > 0 ? caption : undefined);
    },
    img(_state: State, node: Element) {
      // An image inside running text: an inline image, or a note in its place.
      const nodes = imageNodes(converter, node, undefined);
      const first = nodes[0];
      if (first?.type === 'paragraph') return first.children;
      return { type: 'text', value: `[image not carried over: ${mediaFileName(prop(node, 'src') ?? '')}]` };
    },
    a(state: State, node: Element) {
      const href = prop(node, 'href') ?? '';
      const children = state.all(node) as PhrasingContent[];
      // "Link to media file" around an image: the image is enough.
      if (children.length === 1 && children[0]?.type === 'image') return children[0];
      if (!href || children.length === 0) return children;
      return { type: 'link', url: linkTarget(converter, href), title: prop(node, 'title') ?? null, children };
    },
    h1: heading(2),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(4),
    h6: heading(4),
  };
}

/**
 * Where a link of the post leads here: a post of the export to its new page,
 * an uploaded file to the site's copy of it, any other page of the old site
 * (a page, a category, the home page) to that page on the old site, as an
 * absolute address: this site does not have it, and a site link to it would
 * be broken.
 */
function linkTarget(converter: Converter, href: string): string {
  const { context, result } = converter;
  const post = context.resolveLink(href);
  if (post) return post;
  if (href.startsWith('#')) return href;
  if (/\/wp-content\/uploads\//.test(href) && !('elsewhere' in context.media(href))) {
    // A link to an uploaded file opens the file itself: served as it is.
    const file = carryFile(converter, href, { served: true });
    // A file the import could not get: the link leads to the old site's copy, reported once, as missing.
    return file ? file.path : new URL(href, `${context.siteUrl}/`).href;
  }
  let url: URL;
  try {
    url = new URL(href, `${context.siteUrl}/`);
  } catch {
    return href;
  }
  const bare = (host: string) => host.replace(/^www\./, '').toLowerCase();
  if (!/^https?:$/.test(url.protocol) || bare(url.hostname) !== bare(new URL(context.siteUrl).hostname)) return href;
  if (!result.oldSiteLinks.includes(url.href)) result.oldSiteLinks.push(url.href);
  return url.href;
}

/** The address an `<audio>` or `<video>` plays: its `src`, or its first `<source>`. */
function sourceOf(node: Element): string {
  const own = prop(node, 'src');
  if (own) return own;
  const source = node.children.find((child) => isElement(child, 'source'));
  return (isElement(source) && prop(source, 'src')) || '';
}

/**
 * The cover block: its image (an `<img>`, or a CSS background in older
 * versions) as a figure, then the text written over it.
 */
function coverNodes(state: State, converter: Converter, node: Element): Array<BlockContent | MdxJsxFlowElement> {
  let img: Element | undefined;
  visit(node, 'element', (child) => {
    if (!img && child.tagName === 'img') img = child;
  });
  const background = /background-image:\s*url\(\s*['"]?([^'")]+)/.exec(prop(node, 'style') ?? '')?.[1];
  if (!img && background) img = { type: 'element', tagName: 'img', properties: { src: background, className: classesOf(node).split(' ') }, children: [] };
  const text = state.toFlow(state.all({ ...node, children: node.children.filter((child) => !isElement(child, 'img')) }));
  return [...(img ? imageNodes(converter, img, undefined) : []), ...(text as BlockContent[])];
}

/**
 * The file block: a link to the file, named by the block, once (the block
 * also writes a download button to the same file, and may show a PDF inline).
 */
function fileBlock(converter: Converter, node: Element): BlockContent[] {
  const links: Element[] = [];
  visit(node, 'element', (child) => void (child.tagName === 'a' && links.push(child)));
  const named = links.find((link) => !/\bwp-block-file__button\b/.test(classesOf(link))) ?? links[0];
  const href = named ? (prop(named, 'href') ?? '') : '';
  if (!named || !href) return [];
  const label = hastText(named).trim() || mediaFileName(href);
  const file = carryFile(converter, href, { served: true });
  if (!file) return [missingNote('File', mediaFileName(href), [{ type: 'text', value: ` It was: ${label}` }])];
  return [paragraph([{ type: 'link', url: file.path, title: null, children: [{ type: 'text', value: label }] }])];
}

/** The post's title is the page's only h1; headings in the body go from h2 to h4, as in the site's own posts. */
function heading(depth: 2 | 3 | 4): Handle {
  return (state, node) => {
    const result = { type: 'heading' as const, depth, children: state.all(node) as PhrasingContent[] };
    state.patch(node, result);
    return result;
  };
}

/** The text of a listing's element, `<br>` read as the line break it shows. */
function listingText(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'br') return '\n';
  return node.children.map(listingText).join('');
}

function findImage(node: Element): Element | undefined {
  for (const child of node.children) {
    if (isElement(child, 'img')) return child;
    if (isElement(child, 'a') || isElement(child, 'div') || isElement(child, 'p')) {
      const inner = findImage(child);
      if (inner) return inner;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------- Markdown tree to MDX text

const PHRASING = new Set(['text', 'emphasis', 'strong', 'inlineCode', 'link', 'image', 'break', 'delete', 'mdxJsxTextElement']);
const FLOW_CONTAINERS = new Set(['root', 'listItem', 'blockquote', 'mdxJsxFlowElement']);

/**
 * Text straight inside a list item or a quote (HTML allows `<li>text`, and
 * hast-util-to-mdast keeps it so) goes into a paragraph: Markdown's
 * serialiser escapes MDX's `{` and `<` only inside paragraphs and other
 * phrasing, so bare text there would come out as code.
 */
function wrapLooseText(tree: MdastRoot): void {
  visit(tree, (node) => {
    if (!FLOW_CONTAINERS.has(node.type) || !('children' in node)) return;
    const children: MdastRoot['children'] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((child) => child.type !== 'text' || child.value.trim() !== '')) children.push(paragraph(run));
      run = [];
    };
    for (const child of node.children as MdastRoot['children']) {
      if (PHRASING.has(child.type)) run.push(child as PhrasingContent);
      else {
        flush();
        children.push(child);
      }
    }
    flush();
    (node as { children: unknown[] }).children = children;
  });
  // Inline code is one line in Markdown (a blank line would end it mid-code); HTML showed its line breaks as spaces anyway.
  // Empty inline code has no Markdown form, and two pieces side by side would run together: they are dropped and joined.
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children: Array<{ type: string; value?: string }> = [];
    for (const child of node.children as Array<{ type: string; value?: string }>) {
      if (child.type !== 'inlineCode') {
        children.push(child);
        continue;
      }
      const value = child.value!.replace(/[ \t]*\n\s*/g, ' ');
      const previous = children.at(-1);
      if (value.trim() === '') continue;
      if (previous?.type === 'inlineCode') previous.value += value;
      else children.push({ ...child, value });
    }
    (node as { children: unknown[] }).children = children;
  });
}

const TO_MDX = {
  extensions: [
    gfmToMarkdown(),
    mdxToMarkdown(),
    // MDX reads `import …` or `export …` at the start of a paragraph as code: the first letter becomes a character reference.
    {
      unsafe: [
        { atBreak: true, character: 'i', after: 'mport\\b' },
        { atBreak: true, character: 'e', after: 'xport\\b' },
      ],
    },
  ],
  bullet: '-' as const,
  emphasis: '_' as const,
  fences: true,
  rule: '-' as const,
};

/** Throws a ConversionError when the text is not MDX the site can compile. */
export function assertMdx(mdx: string): void {
  try {
    fromMarkdown(mdx, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    throw new ConversionError(`the converted body is not valid MDX: ${(error as Error).message}`);
  }
}

/**
 * In-page links to a heading the post does not have (`#respond`, `#more-12`,
 * a heading since renamed) keep their text and lose the link: the site's
 * link check refuses an anchor that leads nowhere. Headings get their ids
 * as the site gives them (github-slugger, as Astro does).
 */
function dropDeadAnchors(tree: MdastRoot, result: BodyResult): void {
  const slugger = new GithubSlugger();
  result.headingIds = [];
  visit(tree, 'heading', (node) => void result.headingIds.push(slugger.slug(mdastText(node))));
  visit(tree, 'link', (node, index, parent) => {
    if (!parent || index === undefined || !node.url.startsWith('#')) return undefined;
    if (result.headingIds.includes(decodeURIComponent(node.url.slice(1)))) return undefined;
    result.deadAnchors.push(node.url);
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

/** One post's content, as WordPress would have shown it (wordpress-html.ts), to an MDX body. */
export function convertBody(page: WordPressHtml, context: BodyContext): BodyResult {
  const result: BodyResult = {
    mdx: '',
    files: [],
    missingMedia: [],
    imagesWithoutAlt: [],
    unknownShortcodes: page.unknownShortcodes,
    youtube: [],
    otherEmbeds: [],
    oldSiteLinks: [],
    deadAnchors: [],
    headingIds: [],
    listings: 0,
    firstParagraphs: '',
  };
  const hast = fromHtml(page.html, { fragment: true });
  restoreTextTags(hast);
  liftBlocksOutOfText(hast);
  liftLoneImages(hast);
  result.firstParagraphs = firstParagraphs(hast);
  const converter: Converter = { context, result, videoCount: 0 };
  // Comments (the block editor's `<!-- wp:… -->` among them) are not content, and MDX has no HTML comments.
  const mdast = toMdast(hast, { handlers: handlers(converter), nodeHandlers: { comment: () => undefined } }) as MdastRoot;
  wrapLooseText(mdast);
  dropDeadAnchors(mdast, result);
  result.mdx = toMarkdown(mdast as Parameters<typeof toMarkdown>[0], TO_MDX).trim() + '\n';
  assertMdx(result.mdx);
  return result;
}
