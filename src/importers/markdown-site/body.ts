/**
 * One post's Markdown, once its template tags are resolved (liquid.ts,
 * shortcodes.ts), made into a body the site accepts, and kept Markdown: the
 * text is edited in place, at the offsets the parser gives, never written
 * out again from a tree, so what the author wrote stays as written.
 *
 * What changes: each link and image address (resolved by the plan: a post
 * of the import, a file copied into the site, a page of the old site), the
 * listings' languages and options, YouTube and other frames (a line or a
 * link, never a frame), what kramdown and Hugo add to Markdown (`{#id}`
 * after a heading, `{: .class}`, `{:toc}`), HTML comments (`<!--more-->`),
 * and the template tags kept as tokens (template-output.ts): inline code in
 * prose, as written in a listing, escaped in HTML. A last pass escapes any
 * `{{` or `{%` still in the text, so none reaches a page as a template.
 */
import type { Code, Definition, Heading, Html, Image, ImageReference, InlineCode, Link, LinkReference, List, Nodes, Root, TableCell, Text } from 'mdast';
import { decodeHTMLAttribute } from 'entities/decode';
import GithubSlugger from 'github-slugger';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString as mdastText } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { SKIP, visit } from 'unist-util-visit';
import { youtubeWatchUrl } from '../../video/youtube.ts';
import { ALT_PLACEHOLDER, youtubeId } from '../post-media.ts';
import { fenceLanguage, siteFenceMeta } from './fences.ts';
import { KEPT_TOKEN, type KeptTemplates } from './template-output.ts';

const MARKDOWN_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };
/** Markdown as the site reads a `.md` post: CommonMark with GFM (tables, footnotes, autolinks). */
export const parseMarkdown = (text: string): Root => fromMarkdown(text, MARKDOWN_OPTIONS);

/** Where a link of the post leads here; `dropped`: its text stays, without the link, for the reason given. */
export type LinkOutcome = { url: string; problem?: string | undefined } | { dropped: string };

/** The site's copy of a file the post shows or plays, or why it has none. */
export type FileOutcome = { path: string; name: string } | { missing: string; name: string };

export interface BodyContext {
  kept: KeptTemplates;
  /** An address the post links to (not an in-page `#anchor`: the body knows its own headings). */
  link(href: string): LinkOutcome;
  /** An image (`image`: the image pipeline) or another file the post shows or plays (`served` as it is). */
  file(src: string, use: 'image' | 'served'): FileOutcome;
}

export interface BodyResult {
  markdown: string;
  /** What the author should look at, one entry per occurrence. */
  problems: string[];
  missingMedia: Array<{ url: string; reason: string }>;
  /** Images that had no alt text or title: they carry ALT_PLACEHOLDER, and the post waits as a draft. */
  imagesWithoutAlt: string[];
  /** The YouTube videos, each on a line of its own (the site shows it as its facade). */
  youtube: string[];
  /** Another site's embeds, now links. */
  otherEmbeds: string[];
  /** The text of the first paragraphs, for a description when the post has none. */
  firstParagraphs: string;
}

/** A body parsed, with the ids the site gives its headings (for links from other posts), before anything is changed. */
export interface PreparedBody {
  source: string;
  tree: Root;
  /** The ids the site's pages give the headings (github-slugger, as Astro does). */
  headingIds: Set<string>;
  /** Ids the old site's author set (`## Bonds {#bonds}`), to the id the heading has here. */
  explicitIds: Map<string, string>;
  /** The `{#id}` or `{: #id}` written after headings: removed, as CommonMark would show it. */
  headingAttributes: Array<{ start: number; end: number }>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

const startOf = (node: Nodes) => node.position!.start.offset!;
const endOf = (node: Nodes) => node.position!.end.offset!;

/** Text as Markdown shows it literally: the characters that would start a construct escaped. */
export const markdownText = (text: string) => text.replace(/[\\`*_[\]<>|~{}]/g, '\\$&');

/** Inline code showing `text` as it is (on one line), in enough backticks. */
export function codeSpan(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((match) => match[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(flat) || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${ticks}${pad}${flat}${pad}${ticks}`;
}

/** A link destination: in angle brackets when it holds what would end it. */
const destination = (url: string) => (/[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url);
const titlePart = (title: string | null | undefined) => (title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Template text in HTML: its braces as character references, so it reads as written and never as a template. */
const inertHtml = (text: string) => escapeHtml(text).replace(/\{/g, '&#123;').replace(/\}/g, '&#125;');

const HAS_TOKEN = new RegExp(KEPT_TOKEN.source);

const HEADING_ATTRIBUTES = /[ \t]*\{[ \t]*(?::[ \t]*)?(?=[#.])([^{}\n]*)\}[ \t]*$/;

export function applyEdits(source: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) continue; // inside an edit already made (a link made whole again)
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + source.slice(at);
}

/** Parses a body and names its headings as the site will. */
export function prepareBody(source: string, kept: KeptTemplates): PreparedBody {
  const tree = parseMarkdown(source);
  const slugger = new GithubSlugger();
  const prepared: PreparedBody = { source, tree, headingIds: new Set(), explicitIds: new Map(), headingAttributes: [] };
  visit(tree, 'heading', (heading: Heading) => {
    let text = kept.restore(mdastText(heading));
    let explicit: string | undefined;
    const last = heading.children.at(-1);
    if (last?.type === 'text') {
      const written = source.slice(startOf(last), endOf(last));
      const attributes = HEADING_ATTRIBUTES.exec(written);
      if (attributes) {
        prepared.headingAttributes.push({ start: startOf(last) + attributes.index, end: endOf(last) });
        explicit = /#([\w-]+)/.exec(attributes[1]!)?.[1];
        text = text.replace(HEADING_ATTRIBUTES, '');
      }
    }
    const id = slugger.slug(text);
    prepared.headingIds.add(id);
    if (explicit) prepared.explicitIds.set(explicit, id);
  });
  return prepared;
}

/** The plain text of some Markdown (a description, an excerpt), templates and all as written. */
export function plainText(markdown: string, kept: KeptTemplates): string {
  return kept
    .restore(mdastText(parseMarkdown(markdown), { includeImageAlt: false }))
    .replace(/\s+/g, ' ')
    .trim();
}

class BodyConverter {
  readonly edits: Edit[] = [];
  readonly result: BodyResult = { markdown: '', problems: [], missingMedia: [], imagesWithoutAlt: [], youtube: [], otherEmbeds: [], firstParagraphs: '' };
  readonly #tableCells: Array<[number, number]> = [];
  readonly prepared: PreparedBody;
  readonly context: BodyContext;

  constructor(prepared: PreparedBody, context: BodyContext) {
    this.prepared = prepared;
    this.context = context;
  }

  get source(): string {
    return this.prepared.source;
  }

  /** Tokens in a piece of text: where each stands, and what it kept. */
  *tokens(start: number, end: number): Generator<{ at: number; length: number; text: string; problem: string | undefined; inCode: boolean }> {
    const text = this.source.slice(start, end);
    for (const match of text.matchAll(KEPT_TOKEN)) {
      const item = this.context.kept.items[Number(match[1])]!;
      yield { at: start + match.index, length: match[0].length, text: item.text, problem: item.problem, inCode: item.problemInCode === true };
    }
  }

  tableCell(node: TableCell): void {
    this.#tableCells.push([startOf(node), endOf(node)]);
  }

  /** Listings, inline code and HTML: where a token is not prose. */
  readonly literal: Array<{ start: number; end: number; code: boolean }> = [];

  /**
   * Tokens in prose become inline code, each reported when it is a tag the
   * import could not do. Found in the whole text, outside listings, inline
   * code and HTML, rather than in text nodes: GFM's autolinks split text
   * into nodes that have no place in it.
   */
  proseTokens(): void {
    for (const token of this.tokens(0, this.source.length)) {
      // In an address the link or image was written anew (or dropped, and reported so).
      if (this.edits.some(({ start, end }) => token.at >= start && token.at < end)) continue;
      const within = this.literal.find(({ start, end }) => token.at >= start && token.at < end);
      if (within) {
        // In a listing it is what the reader saw; a Liquid tag there ran on the old site, and is reported.
        if (within.code && token.inCode && token.problem) this.result.problems.push(token.problem);
        continue;
      }
      const inTable = this.#tableCells.some(([start, end]) => token.at >= start && token.at < end);
      const code = codeSpan(token.text);
      this.edits.push({ start: token.at, end: token.at + token.length, text: inTable ? code.replace(/\|/g, '\\|') : code });
      if (token.problem) this.result.problems.push(token.problem);
    }
  }

  /** kramdown's attribute lists and extensions (`{: .note}`, `{:toc}`, `{::options … /}`) are no Markdown here. */
  text(node: Text): void {
    if (!node.position) return;
    const written = this.source.slice(startOf(node), endOf(node));
    for (const match of written.matchAll(/\{::?[^{}\n]*\}/g)) {
      this.edits.push({ start: startOf(node) + match.index, end: startOf(node) + match.index + match[0].length, text: '' });
      this.result.problems.push(
        match[0] === '{:toc}'
          ? "kramdown's table of contents ({:toc}) dropped: the site's posts have none"
          : `kramdown's ${match[0]} is not Markdown the site reads: dropped`,
      );
    }
  }

  /** A listing's language and options, as the site reads them. */
  code(node: Code | InlineCode): void {
    this.literal.push({ start: startOf(node), end: endOf(node), code: true });
    if (node.type !== 'code') return;
    const start = startOf(node);
    const lineEnd = this.source.indexOf('\n', start);
    const opener = this.source.slice(start, lineEnd < 0 ? endOf(node) : lineEnd);
    const fence = /^([ \t]*(?:`{3,}|~{3,}))(.*)$/.exec(opener);
    if (!fence) return; // an indented listing: it has no language to say
    const { lang, unknown } = fenceLanguage(node.lang ?? undefined, this.context.kept.restore(node.value));
    if (unknown) this.result.problems.push(`listing language "${unknown}" is not known here: shown as plain text`);
    const { meta, dropped } = siteFenceMeta(node.meta);
    if (dropped) this.result.problems.push(`listing options ${dropped} are not the site's: ${meta ? `kept its marked lines, ${meta}` : 'dropped'}`);
    const info = `${lang}${meta ? ` ${meta}` : ''}`;
    if (info !== fence[2]!.trim()) this.edits.push({ start, end: start + opener.length, text: `${fence[1]}${info}` });
  }

  /** Where a link leads: an in-page anchor is checked against the post's own headings. */
  linkOutcome(url: string): LinkOutcome {
    if (HAS_TOKEN.test(url)) {
      return { dropped: `link to ${this.context.kept.restore(url)} is a template the import cannot resolve: kept as text` };
    }
    if (!url.startsWith('#')) return this.context.link(url);
    let id = url.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // as written
    }
    if (id === '' || this.prepared.headingIds.has(id)) return { url };
    const renamed = this.prepared.explicitIds.get(id);
    if (renamed) return { url: `#${renamed}` };
    return { dropped: `link to ${url} leads to no heading of the post: kept as text` };
  }

  /** The index of the `]` that closes a link's text. */
  labelEnd(node: Link | LinkReference): number {
    const last = node.children.at(-1);
    return this.source.indexOf(']', last ? endOf(last) : startOf(node) + 1);
  }

  link(node: Link): void {
    if (!node.position) return; // an address GFM found in text: written out as it is, another site's or the old site's
    const outcome = this.linkOutcome(node.url);
    if ('url' in outcome && outcome.url === node.url) return;
    const start = startOf(node);
    const end = endOf(node);
    if ('url' in outcome && outcome.problem) this.result.problems.push(outcome.problem);
    if ('dropped' in outcome) this.result.problems.push(outcome.dropped);
    if (this.source[start] === '[') {
      const labelEnd = this.labelEnd(node);
      if ('dropped' in outcome) this.edits.push({ start, end: start + 1, text: '' }, { start: labelEnd, end, text: '' });
      else this.edits.push({ start: labelEnd + 1, end, text: `(${destination(outcome.url)}${titlePart(node.title)})` });
      return;
    }
    // An autolink (`<https://…>`, or a bare address): its text is its address.
    const text = this.source.slice(start, end).replace(/^<|>$/g, '');
    if ('dropped' in outcome) this.edits.push({ start, end, text: codeSpan(this.context.kept.restore(text)) });
    else this.edits.push({ start, end, text: /^[a-z]+:/i.test(outcome.url) ? `<${outcome.url}>` : `[${markdownText(text)}](${destination(outcome.url)})` });
  }

  /** An image copied into the site with its alt text, or a note naming what did not come across. */
  imageText(src: string, alt: string | undefined, title: string | null | undefined): string {
    const found = HAS_TOKEN.test(src) ? undefined : this.context.file(src, 'image');
    const text = alt?.replace(/\s+/g, ' ').trim() || title?.replace(/\s+/g, ' ').trim();
    if (found && 'path' in found) {
      if (!text) this.result.imagesWithoutAlt.push(found.name);
      return `![${markdownText(text ?? ALT_PLACEHOLDER)}](${destination(found.path)}${titlePart(title)})`;
    }
    const name = found?.name ?? this.context.kept.restore(src);
    this.missing(this.context.kept.restore(src), found?.missing ?? 'a template the import cannot resolve');
    return `Image not carried over: ${codeSpan(name)}.${text ? ` It showed: ${markdownText(text)}` : ''}`;
  }

  missing(url: string, reason: string): void {
    if (!this.result.missingMedia.some((m) => m.url === url)) this.result.missingMedia.push({ url, reason });
  }

  image(node: Image): void {
    this.edits.push({ start: startOf(node), end: endOf(node), text: this.imageText(node.url, node.alt ?? undefined, node.title) });
  }

  /** A line for a frame: a YouTube video's own line (the site shows its facade), any other site's a link to it. */
  embedLine(src: string): string {
    const url = src.startsWith('//') ? `https:${src}` : src;
    const id = youtubeId(url);
    if (id) return youtubeWatchUrl(id);
    this.result.otherEmbeds.push(url);
    this.result.problems.push(`embed ${url} is another site's: linked, not embedded`);
    let host = url;
    try {
      host = new URL(url).hostname.replace(/^www\./, '');
    } catch {
      // shown as written
    }
    return `Embedded on ${markdownText(host)}: [${markdownText(url)}](${destination(url)})`;
  }

  html(node: Html, parent: Nodes | undefined): void {
    const start = startOf(node);
    const end = endOf(node);
    this.literal.push({ start, end, code: false });
    const raw = this.source.slice(start, end);
    const inline =
      parent?.type === 'paragraph' || parent?.type === 'heading' || parent?.type === 'emphasis' || parent?.type === 'strong' || parent?.type === 'link';
    // Comments are not content (`<!--more-->` marked the excerpt).
    if (/^\s*<!--[\s\S]*?-->\s*$/.test(raw)) {
      this.edits.push({ start, end, text: '' });
      return;
    }
    const frames = [...raw.matchAll(/<iframe\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>/gi)].map((m) =>
      decodeHTMLAttribute(m[1] ?? m[2] ?? m[3] ?? ''),
    );
    const textOutside = raw.replace(/<[^>]*>/g, '').trim();
    if (frames.length > 0 && textOutside === '') {
      // The site frames no other site: a YouTube video becomes its line, any other frame a link.
      const lines = frames.map((src) => this.embedLine(src));
      this.edits.push({ start, end, text: inline ? lines.join(' ') : lines.join('\n\n') });
      return;
    }
    if (inline && /^<\/iframe\s*>$/i.test(raw)) {
      this.edits.push({ start, end, text: '' });
      return;
    }
    const lone = /^\s*<img\b[^>]*>\s*$/i.test(raw);
    const edits: Edit[] = [];
    const tag = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
    for (const match of raw.matchAll(tag)) {
      const name = match[1]!.toLowerCase();
      const attributes = match[2] ?? '';
      const at = start + match.index + 1 + match[1]!.length;
      const read = (attribute: string) => {
        const found = new RegExp(`(\\s+)${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attributes);
        return found ? { index: at + found.index, length: found[0].length, value: decodeHTMLAttribute(found[2] ?? found[3] ?? found[4] ?? '') } : undefined;
      };
      const set = (attribute: string, found: { index: number; length: number }, value: string | undefined) =>
        edits.push({ start: found.index, end: found.index + found.length, text: value === undefined ? '' : ` ${attribute}="${escapeHtml(value)}"` });
      if (name === 'img') {
        const src = read('src');
        const alt = read('alt');
        if (lone) {
          // An image alone is Markdown's image: the image pipeline takes it.
          this.edits.push({ start, end, text: this.imageText(src?.value ?? '', alt?.value, read('title')?.value) });
          return;
        }
        if (!src) continue;
        const found = this.context.file(src.value, 'served');
        if ('missing' in found) {
          this.missing(src.value, found.missing);
          edits.push({
            start: start + match.index,
            end: start + match.index + match[0].length,
            text: `Image not carried over: <code>${escapeHtml(found.name)}</code>.`,
          });
          continue;
        }
        set('src', src, found.path);
        if (!alt?.value.trim()) {
          this.result.imagesWithoutAlt.push(found.name);
          if (alt) set('alt', alt, ALT_PLACEHOLDER);
          else edits.push({ start: src.index, end: src.index, text: ` alt="${ALT_PLACEHOLDER}"` });
        }
      } else if (name === 'a') {
        const href = read('href');
        if (!href) continue;
        const outcome = this.linkOutcome(href.value);
        if ('dropped' in outcome) {
          this.result.problems.push(outcome.dropped);
          set('href', href, undefined);
        } else if (outcome.url !== href.value) {
          if (outcome.problem) this.result.problems.push(outcome.problem);
          set('href', href, outcome.url);
        }
      } else if (['video', 'audio', 'source', 'track'].includes(name)) {
        for (const attribute of ['src', 'poster']) {
          const found = read(attribute);
          if (!found) continue;
          const file = this.context.file(found.value, 'served');
          if ('path' in file) set(attribute, found, file.path);
          else this.missing(found.value, file.missing);
        }
      }
    }
    for (const token of this.tokens(start, end)) {
      edits.push({ start: token.at, end: token.at + token.length, text: inertHtml(token.text) });
      if (token.problem) this.result.problems.push(token.problem);
    }
    this.edits.push(...edits);
  }

  /** A kramdown table of contents: a one-item list (`* TOC`) marked `{:toc}`. */
  isKramdownToc(node: List): boolean {
    return node.children.length === 1 && /^[^\n]*\n?\s*\{:toc\}\s*$/.test(this.source.slice(startOf(node.children[0]!), endOf(node)).replace(/^\S+\s+/, ''));
  }

  /** Reference-style links and images: the definition's address is resolved once; each use mended where it must be. */
  references(definitions: Definition[], links: LinkReference[], images: ImageReference[]): void {
    const linked = new Set(links.map((link) => link.identifier));
    const shown = new Set(images.map((image) => image.identifier));
    const asLink = new Map<string, LinkOutcome>();
    const asImage = new Map<string, { definition: Definition; found: FileOutcome }>();
    for (const definition of definitions) {
      const written = this.source.slice(startOf(definition), endOf(definition));
      const label = /^\[(?:[^\\\]]|\\.)*\]:[ \t]*\n?[ \t]*/.exec(written);
      const dest = label ? /^(<(?:[^\\>\n]|\\.)*>|\S+)/.exec(written.slice(label[0].length)) : null;
      if (!label || !dest) continue;
      const at = startOf(definition) + label[0].length;
      const replace = (url: string) => this.edits.push({ start: at, end: at + dest[0].length, text: destination(url) });
      if (linked.has(definition.identifier)) {
        const outcome = this.linkOutcome(definition.url);
        asLink.set(definition.identifier, outcome);
        if ('url' in outcome && outcome.url !== definition.url) {
          if (outcome.problem) this.result.problems.push(outcome.problem);
          replace(outcome.url);
        }
      } else if (shown.has(definition.identifier)) {
        const found = this.context.file(definition.url, 'image');
        asImage.set(definition.identifier, { definition, found });
        if ('path' in found) replace(found.path);
      }
    }
    for (const link of links) {
      const outcome = asLink.get(link.identifier);
      if (!outcome || !('dropped' in outcome)) continue;
      this.result.problems.push(outcome.dropped);
      this.edits.push({ start: startOf(link), end: startOf(link) + 1, text: '' }, { start: this.labelEnd(link), end: endOf(link), text: '' });
    }
    for (const image of images) {
      const used = asImage.get(image.identifier);
      if (!used) continue;
      const alt = image.alt?.trim() || used.definition.title?.trim();
      if (!('path' in used.found)) {
        this.edits.push({ start: startOf(image), end: endOf(image), text: this.imageText(used.definition.url, alt, undefined) });
      } else if (!alt) {
        this.result.imagesWithoutAlt.push(used.found.name);
        this.edits.push({ start: startOf(image), end: endOf(image), text: `![${ALT_PLACEHOLDER}][${image.label ?? image.identifier}]` });
      }
    }
  }
}

/**
 * The body made ready for the site. Throws nothing: whatever cannot be
 * carried is noted in the text and listed in the result.
 */
export function convertBody(prepared: PreparedBody, context: BodyContext): BodyResult {
  const converter = new BodyConverter(prepared, context);
  const { tree } = prepared;
  const definitions: Definition[] = [];
  const linkReferences: LinkReference[] = [];
  const imageReferences: ImageReference[] = [];
  for (const { start, end } of prepared.headingAttributes) converter.edits.push({ start, end, text: '' });
  visit(tree, (node: Nodes, _index, parent) => {
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        converter.code(node);
        return SKIP;
      case 'html':
        converter.html(node, parent);
        return SKIP;
      case 'link':
        converter.link(node);
        return undefined;
      case 'image':
        converter.image(node);
        return SKIP;
      case 'linkReference':
        linkReferences.push(node);
        return undefined;
      case 'imageReference':
        imageReferences.push(node);
        return SKIP;
      case 'definition':
        // Not shown: what it holds is no prose.
        converter.literal.push({ start: startOf(node), end: endOf(node), code: false });
        definitions.push(node);
        return SKIP;
      case 'tableCell':
        converter.tableCell(node);
        return undefined;
      case 'list':
        if (!converter.isKramdownToc(node)) return undefined;
        converter.edits.push({ start: startOf(node), end: endOf(node), text: '' });
        converter.result.problems.push("kramdown's table of contents ({:toc}) dropped: the site's posts have none");
        return SKIP;
      case 'text':
        converter.text(node);
        return undefined;
      default:
        return undefined;
    }
  });
  converter.references(definitions, linkReferences, imageReferences);
  converter.proseTokens();
  const markdown = context.kept.restore(applyEdits(prepared.source, converter.edits));
  const { text, firstParagraphs, youtube } = finish(markdown);
  converter.result.markdown = `${text.replace(/\n{3,}/g, '\n\n').trim()}\n`;
  converter.result.firstParagraphs = firstParagraphs;
  converter.result.youtube = youtube;
  return converter.result;
}

/**
 * The last pass: `{{` or `{%` still in prose (a brace the author typed, a
 * tag left open) gets its brace escaped, so no template reaches a page; the
 * first paragraphs' text, for a description; and the videos, each a line
 * of its own.
 */
function finish(markdown: string): { text: string; firstParagraphs: string; youtube: string[] } {
  const tree = parseMarkdown(markdown);
  const literal: Array<[number, number]> = [];
  visit(tree, (node: Nodes) => {
    if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && node.position) {
      literal.push([startOf(node), endOf(node)]);
      return SKIP;
    }
    return undefined;
  });
  const edits: Edit[] = [];
  // A brace of `{{` or `{%` not escaped already (an even run of backslashes before it), outside listings, code and HTML.
  for (const match of markdown.matchAll(/(?<!\\)(?:\\\\)*\{(?=[{%])|(?<=\{)\{/g)) {
    const at = match.index + match[0].length - 1;
    if (!literal.some(([start, end]) => at >= start && at < end)) edits.push({ start: at, end: at, text: '\\' });
  }
  const youtube: string[] = [];
  visit(tree, 'paragraph', (node) => {
    const [only] = node.children;
    const id = node.children.length === 1 && only?.type === 'link' ? youtubeId(only.url) : undefined;
    if (id && only?.type === 'link' && mdastText(only) === youtubeWatchUrl(id)) youtube.push(id);
  });
  const texts: string[] = [];
  let length = 0;
  for (const node of tree.children) {
    if (length > 400) break;
    if (
      node.type !== 'paragraph' ||
      node.children.every((child) => child.type === 'image' || child.type === 'link' || (child.type === 'text' && !child.value.trim()))
    )
      continue;
    const text = mdastText(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();
    // The notes the import wrote (a missing image, another site's embed) are not the author's sentences.
    if (!text || /^(?:Image not carried over|Embedded on )/.test(text)) continue;
    // Each paragraph ends a sentence, even one without a full stop (a line that introduces a listing).
    texts.push(/[.!?…:]$/.test(text) ? text : `${text}.`);
    length += text.length;
  }
  return { text: applyEdits(markdown, edits), firstParagraphs: texts.join(' '), youtube };
}
