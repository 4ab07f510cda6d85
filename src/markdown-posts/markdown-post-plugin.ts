/**
 * What a `.md` post gets that an MDX post gets from its components
 * (src/components/mdx/): headings with a link to themselves (the markup of
 * AnchoredHeading.astro), the base path on site links and images (Link.astro),
 * raw HTML made inert (hostile-html.ts, raw-html-sanitizer.ts), and a YouTube
 * address alone in its paragraph shown as the video's facade (youtube-line.ts). A hast plugin of Astro's
 * Markdown processor (Sätteri), which MDX shares: it acts on Markdown
 * documents only, and leaves MDX to its components.
 *
 * It runs after Shiki has drawn the listings, whose HTML it leaves alone.
 */
import GithubSlugger from 'github-slugger';
import { joinBase } from '../lib/base-path.ts';
import { isUnsafeProperty, REMOVED_ELEMENTS, runsScript, URL_PROPERTIES } from './hostile-html.ts';
import type { Node } from './hast-node.ts';
import { RawHtmlSanitizer } from './raw-html-sanitizer.ts';
import { youtubeFacade, youtubeLineId } from './youtube-line.ts';

interface Context {
  readonly data: { astro?: { frontmatter?: Record<string, unknown> } };
  removeNode(node: Node): void;
  replaceNode(node: Node, replacement: Node | Node[]): void;
  setProperty(node: Node, key: string, value: unknown): void;
  textContent(node: Node): string;
}

export interface MarkdownPostPlugin {
  name: string;
  before(root: Node, ctx: Context): void;
  raw(node: Node): Node | void;
  element: { filter: string[]; visit(node: Node, ctx: Context): Node | void };
}

const classes = (node: Node): string[] => {
  const value = node.properties?.['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(' ') : [];
};

/** A site link or image, written from the site's root (`/posts/x/`), gets the base path; `//host` is another site. */
const withBase = (base: string, url: string) => (url.startsWith('/') && !url.startsWith('//') ? joinBase(base, url) : url);

/** The elements Markdown made (links, images), site paths under the base and `javascript:` links inert, for one document. */
function mendTree(root: Node, ctx: Context, base: string): void {
  const walk = (node: Node) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      const tag = child.tagName ?? '';
      if (REMOVED_ELEMENTS.has(tag)) {
        ctx.removeNode(child);
        continue;
      }
      // Shiki's listings and diagrams are drawn from a fence's text: nothing in them came from HTML
      // (and a diagram's "Open the diagram full size" button must stay).
      if (tag === 'pre' || classes(child).includes('code-block') || (tag === 'figure' && classes(child).includes('diagram'))) continue;
      const properties = child.properties ?? {};
      for (const name of Object.keys(properties)) if (isUnsafeProperty(name)) ctx.setProperty(child, name, null);
      for (const name of URL_PROPERTIES) {
        const url = properties[name];
        if (typeof url !== 'string') continue;
        if (runsScript(url)) {
          if (tag === 'a') {
            // As Link.astro shows one: the text, never a link.
            ctx.replaceNode(child, { type: 'element', tagName: 'span', properties: { className: ['inert-link'] }, children: child.children ?? [] });
            break;
          }
          ctx.setProperty(child, name, null);
        } else if (name === 'href' || name === 'src') ctx.setProperty(child, name, withBase(base, url));
      }
      walk(child);
    }
  };
  walk(root);
}

export interface MarkdownPostOptions {
  /** The site's base path. */
  base: string;
  /** The author's poster for a video (`public/video-posters/<id>.jpg`, as a site path with the base), if there is one. */
  posterOf: (id: string) => string | undefined;
}

/**
 * One plugin instance a Markdown document (each has its own heading ids), and
 * none for an MDX one: Sätteri asks the factory for each document, and an MDX
 * post is spared a visit of every paragraph and heading.
 */
export function markdownPostPlugin({ base, posterOf }: MarkdownPostOptions): (document: { sourceFormat: string }) => MarkdownPostPlugin | null {
  return (document) => {
    if (document.sourceFormat !== 'markdown') return null;
    const slugger = new GithubSlugger();
    const sanitizer = new RawHtmlSanitizer(base);
    let videos = 0;
    return {
      name: 'site:markdown-post',
      before(root, ctx) {
        mendTree(root, ctx, base);
      },
      // Raw HTML comes as fragments of text, each made inert as written (raw-html-sanitizer.ts).
      raw(node) {
        if (typeof node.value !== 'string') return undefined;
        return { type: 'raw', value: sanitizer.clean(node.value) };
      },
      element: {
        filter: ['h2', 'h3', 'h4', 'p'],
        visit(node, ctx) {
          if (node.tagName === 'p') {
            const id = youtubeLineId(node);
            if (!id) return undefined;
            const title = String(ctx.data.astro?.frontmatter?.['title'] ?? 'Video');
            videos++;
            return youtubeFacade(id, videos > 1 ? `${title} (video ${videos})` : title, posterOf(id));
          }
          const existing = node.properties?.['id'];
          // GFM's footnotes heading is for screen readers and has its own id.
          if (existing === 'footnote-label') return undefined;
          const text = ctx.textContent(node).trim();
          // Astro's own heading-ids plugin runs later and keeps this id: the table of contents and the anchor agree.
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          const level = node.tagName!.slice(1);
          return {
            type: 'element',
            tagName: 'div',
            properties: { className: ['heading-wrapper', `level-${level}`] },
            children: [
              { ...node, properties: { ...node.properties, id } },
              {
                type: 'element',
                tagName: 'a',
                properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: true },
                children: [
                  { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
                  { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: `Link to section: ${text}` }] },
                ],
              },
            ],
          };
        },
      },
    };
  };
}
