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
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { toString as hastText } from 'hast-util-to-string';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit, EXIT, SKIP } from 'unist-util-visit';
import { classLanguage, listingLanguage } from './listings.ts';
import { altText, findUpload, imageFileName, isVideoUrl, youtubeId } from './media.ts';
import { wordpressHtml, type Attachment } from './wordpress-html.ts';

export class ConversionError extends Error {}

export type { Attachment };

export interface BodyContext {
  slug: string;
  title: string;
  uploadsDir: string | undefined;
  /** The new site path (`/posts/<slug>/`) of an old URL that was a post of the export, else undefined. */
  resolveLink: (href: string) => string | undefined;
  attachments: ReadonlyMap<number, Attachment>;
}

export interface BodyResult {
  mdx: string;
  /** Files to copy beside the post: from the uploads tree to `content/posts/<slug>/<name>`. */
  images: Array<{ from: string; name: string }>;
  missingImages: Array<{ url: string; reason: string }>;
  /** Images that had no alt text, caption or title. */
  imagesWithoutAlt: string[];
  unknownShortcodes: string[];
  youtube: string[];
  otherVideos: string[];
  listings: number;
  /** The text of the first paragraphs, for a description when the post has no excerpt. */
  firstParagraphs: string;
}

/** Where an image without a text alternative gets one the author must replace (the post is drafted until then). */
export const ALT_PLACEHOLDER = 'TODO: describe this image';

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
  converter.result.otherVideos.push(url);
  return paragraph([
    { type: 'text', value: 'Video: ' },
    { type: 'link', url, children: [{ type: 'text', value: url }] },
  ]);
}

/** An image as Markdown: copied beside the post when the uploads have it, else a figure that says what is missing. */
function imageNodes(converter: Converter, img: Element, caption: PhrasingContent[] | undefined): Array<BlockContent | MdxJsxFlowElement> {
  const { context, result } = converter;
  const src = prop(img, 'src') ?? '';
  const captionText = caption ? toMarkdownText(caption) : undefined;
  // The block editor and the media library mark an image with its attachment (`wp-image-523`), which may hold the alt text.
  const attachmentId = /\bwp-image-(\d+)\b/.exec(classesOf(img))?.[1];
  const attachment = attachmentId ? context.attachments.get(Number(attachmentId)) : undefined;
  const alt = altText(prop(img, 'alt'), captionText, prop(img, 'title'), attachment?.alt, attachment?.caption);
  const name = imageFileName(src);
  if (!alt) result.imagesWithoutAlt.push(name);
  const file = findUpload(context.uploadsDir, src);
  const captionNode = caption && caption.length > 0 ? [jsx('figcaption', {}, [paragraph(caption)])] : [];
  if (file) {
    // Two images of one name in a post would overwrite each other: number the second.
    let unique = imageFileName(file);
    for (let n = 2; result.images.some((image) => image.name === unique && image.from !== file); n++) unique = unique.replace(/(\.\w+)?$/, `-${n}$1`);
    if (!result.images.some((image) => image.name === unique)) result.images.push({ from: file, name: unique });
    const image: Image = { type: 'image', url: `./${context.slug}/${unique}`, alt: alt ?? ALT_PLACEHOLDER, title: null };
    return captionNode.length > 0 ? [jsx('figure', {}, [paragraph([image]), ...captionNode])] : [paragraph([image])];
  }
  const reason =
    !/^https?:/i.test(src) && !src.startsWith('/')
      ? 'not an address'
      : findUpload('/', src) === undefined && !/\/wp-content\/uploads\//.test(src)
        ? 'on another site (never hotlinked)'
        : 'not in the uploads';
  result.missingImages.push({ url: src, reason });
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
      return state.toFlow(state.all(node));
    },
    iframe(_state: State, node: Element) {
      const src = prop(node, 'src') ?? '';
      if (isVideoUrl(src) || youtubeId(src)) return videoNode(converter, src, prop(node, 'title'));
      return paragraph([
        { type: 'text', value: 'Embedded content: ' },
        { type: 'link', url: src, children: [{ type: 'text', value: src }] },
      ]);
    },
    figure(state: State, node: Element) {
      if (/\bwp-block-embed\b/.test(classesOf(node))) {
        // The block's URL is the text of its wrapper; a caption may follow it.
        const wrapper = node.children.find((child) => isElement(child) && /\bwp-block-embed__wrapper\b/.test(classesOf(child)));
        const url = /https?:\/\/\S+/.exec(hastText(wrapper ?? node))?.[0];
        const figcaption = node.children.find((child) => isElement(child, 'figcaption'));
        if (url) return [videoNode(converter, url, undefined), ...(figcaption ? [paragraph(state.all(figcaption) as PhrasingContent[])] : [])];
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
      return { type: 'text', value: `[image not carried over: ${imageFileName(prop(node, 'src') ?? '')}]` };
    },
    a(state: State, node: Element) {
      const href = prop(node, 'href') ?? '';
      const children = state.all(node) as PhrasingContent[];
      // "Link to media file" around an image: the image is enough.
      if (children.length === 1 && children[0]?.type === 'image') return children[0];
      if (!href) return children;
      const url = converter.context.resolveLink(href) ?? href;
      return { type: 'link', url, title: prop(node, 'title') ?? null, children };
    },
    h1: heading(2),
    h2: heading(2),
    h3: heading(3),
    h4: heading(4),
    h5: heading(4),
    h6: heading(4),
  };
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

export function convertBody(content: string, context: BodyContext): BodyResult {
  const result: BodyResult = {
    mdx: '',
    images: [],
    missingImages: [],
    imagesWithoutAlt: [],
    unknownShortcodes: [],
    youtube: [],
    otherVideos: [],
    listings: 0,
    firstParagraphs: '',
  };
  const { html, unknownShortcodes } = wordpressHtml(content, context.attachments);
  result.unknownShortcodes = unknownShortcodes;
  const hast = fromHtml(html, { fragment: true });
  restoreTextTags(hast);
  liftBlocksOutOfText(hast);
  liftLoneImages(hast);
  result.firstParagraphs = firstParagraphs(hast);
  const converter: Converter = { context, result, videoCount: 0 };
  // Comments (the block editor's `<!-- wp:… -->` among them) are not content, and MDX has no HTML comments.
  const mdast = toMdast(hast, { handlers: handlers(converter), nodeHandlers: { comment: () => undefined } }) as MdastRoot;
  wrapLooseText(mdast);
  result.mdx = toMarkdown(mdast as Parameters<typeof toMarkdown>[0], TO_MDX).trim() + '\n';
  assertMdx(result.mdx);
  return result;
}
