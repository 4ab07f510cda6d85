/**
 * Whether an MDX body is plain Markdown: a document that Markdown reads the
 * same way MDX does, and that our MDX components would render the same as
 * the `.md` posts' plugin does (src/markdown-posts/). Such a body can be
 * rendered once at the content sync, as a `.md` post is, instead of becoming
 * a module that Vite bundles on every build (src/collections/mdx-as-data.node.ts).
 *
 * MDX comments (`{/* … *\/}` on lines of their own) render nothing, and are
 * blanked. It is not plain Markdown when it has JSX, other expressions, imports or exports;
 * an image (MDX makes it a component); a footnote (drawn differently); an indented block (code to Markdown, a
 * paragraph to MDX); or a YouTube address alone in a paragraph (a video to the
 * `.md` plugin, a link in MDX). When in doubt, the answer is no: the post
 * stays a module and renders as it always did.
 */
import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { youtubeId } from '../video/youtube.ts';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** An MDX comment alone on its line, `{/* … *\/}`: it renders nothing. */
const COMMENT_LINE = /^\{\/\*(?:(?!\*\/)[\s\S])*\*\/\}\s*$/;

/** Spaces in place of each character but line breaks: the text's lines stay where they were. */
const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/**
 * The quick look, line by line outside fenced code: nothing that could make
 * MDX and Markdown read the text differently, save comments alone on their
 * line after a blank one, which are blanked. Most bodies pass it and are
 * spared the parses. The body to render, or undefined for "look closer".
 */
function quickLook(body: string): string | undefined {
  let fence: string | undefined;
  let previous = '';
  const out: string[] = [];
  for (const line of body.split('\n')) {
    const opening = FENCE.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length && line.trim() === opening) fence = undefined;
    } else if (opening) {
      fence = opening;
    } else if (COMMENT_LINE.test(line) && previous.trim() === '') {
      out.push(blank(line));
      previous = '';
      continue;
    } else if (/[<{}]|!\[|\[\^|youtu|^(?:import|export)\b|^(?: {4}|\t)/.test(line)) {
      return undefined;
    }
    out.push(line);
    previous = line;
  }
  return out.join('\n');
}

/** The tree without positions, for comparing two parses of one text. */
function shape(tree: Root): string {
  return JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value));
}

const MDX_NODES = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement']);
/**
 * Markdown that the two renderers draw differently: an image (MDX makes it a
 * component) and footnotes (MDX draws their "Footnotes" heading with the h2
 * component, the `.md` plugin leaves it to screen readers).
 */
const NOT_PLAIN = new Set(['image', 'imageReference', 'footnoteReference', 'footnoteDefinition']);

/** A paragraph that is one YouTube address, which the `.md` posts' plugin draws as the video. */
function isYoutubeLine(node: Nodes): boolean {
  if (node.type !== 'paragraph' || node.children.length !== 1) return false;
  const [only] = node.children;
  return only?.type === 'link' && youtubeId(only.url) !== undefined;
}

const parseMdx = (text: string) => fromMarkdown(text, { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] });
const parseMarkdown = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/**
 * The careful look: with its comments blanked, the body's MDX parse holds
 * nothing that only MDX, or only the `.md` plugin, would render, and its
 * Markdown parse is the same tree.
 */
function closeLook(body: string): string | undefined {
  let mdx: Root;
  try {
    mdx = parseMdx(body);
  } catch {
    // Not valid MDX: left to the MDX compiler, which names the file and line.
    return undefined;
  }
  let text = body;
  let plain = true;
  visit(mdx, (node: Nodes) => {
    const { start, end } = node.position ?? {};
    if (
      node.type === 'mdxFlowExpression' &&
      /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(node.value) &&
      start?.offset !== undefined &&
      end?.offset !== undefined
    ) {
      text = text.slice(0, start.offset) + blank(text.slice(start.offset, end.offset)) + text.slice(end.offset);
      return 'skip';
    }
    if (MDX_NODES.has(node.type) || NOT_PLAIN.has(node.type) || isYoutubeLine(node)) plain = false;
    return plain ? undefined : false;
  });
  if (!plain) return undefined;
  return shape(parseMarkdown(text)) === shape(parseMdx(text)) ? text : undefined;
}

/** The body to render as Markdown (its MDX comments blanked), or undefined when it must stay an MDX module. */
export function plainMarkdownOf(body: string): string | undefined {
  return quickLook(body) ?? closeLook(body);
}

export function isPlainMarkdown(body: string): boolean {
  return plainMarkdownOf(body) !== undefined;
}
