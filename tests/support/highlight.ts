/**
 * Highlights one listing the way the site does, without a build: Astro's own
 * Shiki wrapper (the one its Markdown pipeline calls) with the site's
 * `shikiConfig`, so a fence's language, meta and transformers are handled
 * exactly as in a post.
 */
import {
  createShikiHighlighter,
  type CreateShikiHighlighterOptions,
  type ShikiHighlighter,
  type ShikiHighlighterHighlightOptions,
} from '@astrojs/markdown-remark/shiki';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { ShikiTransformer } from 'shiki';
import { codeBlockTransformers, shikiConfig } from '../../src/markdown/code-block-pipeline.ts';

let highlighter: Promise<ShikiHighlighter> | undefined;

function siteHighlighter(): Promise<ShikiHighlighter> {
  // As Astro passes them (rehype-shiki.ts): options the config leaves unset go through as undefined.
  highlighter ??= createShikiHighlighter({ langs: shikiConfig.langs, theme: shikiConfig.theme } as CreateShikiHighlighterOptions);
  return highlighter;
}

export interface Fence {
  lang: string;
  meta: string;
  code: string;
}

/** Reads a fixture file that holds exactly one fence: ```lang meta … ``` */
export function parseFence(source: string, where: string): Fence {
  const match = /^```(\S+)[ \t]*(.*)\n([\s\S]*?)\n```\s*$/.exec(source);
  if (!match) throw new Error(`${where}: expected one fenced listing and nothing else`);
  return { lang: match[1]!, meta: match[2]!, code: match[3]! };
}

/** The HTML a fence becomes in a post; `transformers` defaults to the site's own, in the site's order. */
export async function highlightFence(fence: Fence, transformers: ShikiTransformer[] = codeBlockTransformers()): Promise<string> {
  const options = { meta: fence.meta, wrap: shikiConfig.wrap, defaultColor: shikiConfig.defaultColor, transformers } as ShikiHighlighterHighlightOptions;
  const root = await (await siteHighlighter()).codeToHast(fence.code, fence.lang, options);
  // Written as Astro writes it, so a snapshot reads like the built page.
  return toHtml(root.children[0] as Element, { collapseEmptyAttributes: true });
}
