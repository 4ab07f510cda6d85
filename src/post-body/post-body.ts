/**
 * A post's Markdown or MDX body, parsed once into what the site asks of it:
 * its fenced listings (reading time, the copy script, tests), its images
 * (alt text is required), its `<YouTube>` videos (a valid id and a title
 * are required) and the words a reader reads. One parser,
 * mdast-util-from-markdown with the MDX and GFM extensions Astro uses, so
 * code fences, HTML and JSX are recognised the way the site's renderer does.
 */
import type { Code, Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { fromHtml } from 'hast-util-from-html';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { isDiagramLang } from '../code-block-core/fence-languages.ts';
import type { BodyComponentName } from './component-names.ts';

export type BodyFormat = 'md' | 'mdx';

export interface Listing {
  /** The fence's language as written (`shellsession`, `dot`), '' when none. */
  lang: string;
  /** Everything after the language: title="…", {3-5}, … */
  meta: string;
  /** The listing's lines, as written. */
  lines: string[];
  /** 1-based line of the opening fence in the body. */
  line: number;
}

export interface BodyImage {
  src: string;
  /** undefined: no alt at all; '' only when an `<img alt="">` says it is decorative. */
  alt: string | undefined;
  /** 1-based line in the body. */
  line: number;
}

/** A `<YouTube id="…" title="…" />` in the body (components/mdx/body-components.ts). */
export interface BodyVideo {
  /** undefined when not written as a string: then the build cannot check it. */
  id: string | undefined;
  title: string | undefined;
  /** 1-based line in the body. */
  line: number;
}

export interface PostBody {
  listings: Listing[];
  images: BodyImage[];
  videos: BodyVideo[];
  /** Words of prose (text outside listings, JSX and comments). */
  proseWords: number;
}

/** The format of a content file, from its name. */
export function bodyFormatOf(filePath: string | undefined): BodyFormat {
  return filePath?.endsWith('.md') ? 'md' : 'mdx';
}

function parseTree(body: string, format: BodyFormat): Root {
  if (format === 'md') return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  try {
    return fromMarkdown(body, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
  } catch {
    // Not valid MDX: the MDX compiler reports that with the file and line. Read it as Markdown meanwhile.
    return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  }
}

const IMAGE_ELEMENTS = new Set(['img', 'Image', 'Picture']);
const VIDEO_ELEMENT: BodyComponentName = 'YouTube';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function jsxAttribute(node: JsxElement, name: string) {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** An attribute's value: a string as written, an expression's source text, or undefined. */
function jsxValue(node: JsxElement, name: string): string | undefined {
  const found = jsxAttribute(node, name)?.value;
  return typeof found === 'string' ? found : (found?.value ?? undefined);
}

/** An attribute written as a string (`id="…"`), not an expression; undefined otherwise. */
function jsxString(node: JsxElement, name: string): string | undefined {
  const found = jsxAttribute(node, name)?.value;
  return typeof found === 'string' ? found : undefined;
}

function jsxImage(node: JsxElement): BodyImage | undefined {
  if (!node.name || !IMAGE_ELEMENTS.has(node.name)) return undefined;
  return {
    src: jsxValue(node, 'src') ?? '(no src)',
    alt: jsxAttribute(node, 'alt') ? (jsxValue(node, 'alt') ?? '') : undefined,
    line: node.position?.start.line ?? 0,
  };
}

function jsxVideo(node: JsxElement): BodyVideo | undefined {
  if (node.name !== VIDEO_ELEMENT) return undefined;
  return { id: jsxString(node, 'id'), title: jsxString(node, 'title'), line: node.position?.start.line ?? 0 };
}

function htmlImages(html: string, line: number): BodyImage[] {
  const images: BodyImage[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (element) => {
    if (element.tagName !== 'img') return;
    const { src, alt } = element.properties;
    images.push({ src: typeof src === 'string' ? src : '(no src)', alt: alt === undefined || alt === null ? undefined : String(alt), line });
  });
  return images;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

function listingOf(node: Code): Listing {
  return { lang: node.lang ?? '', meta: node.meta ?? '', lines: node.value.split('\n'), line: node.position?.start.line ?? 0 };
}

export function analyseBody(body: string, format: BodyFormat): PostBody {
  const result: PostBody = { listings: [], images: [], videos: [], proseWords: 0 };
  visit(parseTree(body, format), (node: Nodes) => {
    switch (node.type) {
      case 'code':
        result.listings.push(listingOf(node));
        return 'skip';
      case 'image':
        result.images.push({ src: node.url, alt: node.alt?.trim() ? node.alt : undefined, line: node.position?.start.line ?? 0 });
        return undefined;
      case 'html':
        result.images.push(...htmlImages(node.value, node.position?.start.line ?? 0));
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const image = jsxImage(node);
        if (image) result.images.push(image);
        const video = jsxVideo(node);
        if (video) result.videos.push(video);
        return undefined;
      }
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return 'skip';
      case 'text':
      case 'inlineCode':
        result.proseWords += countWords(node.value);
        return undefined;
      default:
        return undefined;
    }
  });
  return result;
}

/** Listings that are code, not diagrams. */
export function codeListings(body: PostBody): Listing[] {
  return body.listings.filter((listing) => !isDiagramLang(listing.lang));
}

/** Listings that are diagrams (```dot): the diagram viewer's script loads only where there are some. */
export function diagramListings(body: PostBody): Listing[] {
  return body.listings.filter((listing) => isDiagramLang(listing.lang));
}

/** Images a reader of a screen reader would miss: no alt text at all. */
export function imagesWithoutAlt(body: PostBody): BodyImage[] {
  return body.images.filter((image) => image.alt === undefined);
}
