/**
 * A post's rendered body, rewritten for feed readers: they show HTML without
 * the site's CSS and scripts, and many strip SVG, iframes and unknown
 * attributes. So:
 * - a listing becomes one `<pre><code>` with every line as written (prompts,
 *   collapsed lines and notes included), its title a `<figcaption>`;
 * - a diagram becomes its text alternative and caption (no SVG);
 * - a video becomes a plain link to it;
 * - scripts, styles, buttons, status regions, hidden and screen-reader-only
 *   elements go; spans and divs that only carried classes are unwrapped;
 * - only an allowlist of attributes stays, and every URL is made absolute
 *   against the post's own URL (so the base path and `#anchors` survive).
 * Pure: no Astro, no Node APIs, so the unit tests run it on real listings.
 */
import type { Element, ElementContent, Properties, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { youtubeSearchUrl, youtubeWatchUrl, type PostVideo } from '../video/youtube.ts';

/** Elements that mean nothing (or something unsafe) in a feed. */
const DROPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'button', 'input', 'link', 'meta', 'svg', 'track']);

/** Attributes a feed reader may use, by their hast property names. */
const KEPT_PROPERTIES = new Set([
  'href',
  'src',
  'srcSet',
  'sizes',
  'alt',
  'title',
  'width',
  'height',
  'lang',
  'dir',
  'colSpan',
  'rowSpan',
  'scope',
  'headers',
  'abbr',
  'start',
  'reversed',
  'value',
  'dateTime',
  'cite',
  'type',
]);

/** Properties whose value is a URL, made absolute. */
const URL_PROPERTIES = ['href', 'src', 'cite'] as const;

/** Link schemes a feed may carry; anything else (javascript:, data:) loses its link. */
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function classesOf(element: Element): string[] {
  const value = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : [];
}

function hasClass(element: Element, name: string): boolean {
  return classesOf(element).includes(name);
}

/** Elements a reader of the page never sees, or sees only through assistive technology. */
function isHiddenFromReaders(element: Element): boolean {
  const props = element.properties;
  return (
    props['hidden'] === true ||
    props['hidden'] === '' ||
    String(props['ariaHidden']) === 'true' ||
    props['role'] === 'status' ||
    hasClass(element, 'sr-only') ||
    hasClass(element, 'anchor-link')
  );
}

function elementsIn(node: Element, test: (element: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(node, 'element', (element) => {
    if (element !== node && test(element)) found.push(element);
  });
  return found;
}

function firstIn(node: Element, test: (element: Element) => boolean): Element | undefined {
  let first: Element | undefined;
  visit(node, 'element', (element) => {
    if (element === node || !test(element)) return CONTINUE;
    first = element;
    return EXIT;
  });
  return first;
}

/** A listing (listings/transformers/code-frame.ts) as plain text: every `.line` in order, collapsed ones too. */
function plainListing(figure: Element): Element {
  const lines = elementsIn(figure, (el) => hasClass(el, 'line')).map((line) => toString(line));
  const pre = h('pre', h('code', lines.join('\n')));
  const title = firstIn(figure, (el) => hasClass(el, 'code-title'));
  return title ? h('figure', [h('figcaption', toString(title)), pre]) : pre;
}

/** A YouTube facade (components/media/YouTubeFacade.astro): a link to the video, no player. */
function videoLink(figure: Element, resolve: Resolver): Element[] {
  const facade = firstIn(figure, (el) => el.tagName === 'a' && typeof el.properties['href'] === 'string');
  const href = facade && resolve(String(facade.properties['href']));
  if (!href) return [];
  const title = String(facade.properties['dataVideoTitle'] ?? 'the video');
  return [h('p', [h('a', { href }, `Watch the video on YouTube: ${title}`)])];
}

type Resolver = (url: string) => string | undefined;

function absoluteUrlResolver(pageUrl: string): Resolver {
  return (url) => {
    let absolute: URL;
    try {
      absolute = new URL(url.trim(), pageUrl);
    } catch {
      return undefined;
    }
    return SAFE_PROTOCOLS.has(absolute.protocol) ? absolute.href : undefined;
  };
}

function keptProperties(element: Element, resolve: Resolver): Properties {
  const kept: Properties = {};
  for (const [name, value] of Object.entries(element.properties)) {
    if (KEPT_PROPERTIES.has(name) && value !== undefined && value !== null) kept[name] = value;
  }
  for (const name of URL_PROPERTIES) {
    if (typeof kept[name] !== 'string') continue;
    const absolute = resolve(kept[name]);
    if (absolute) kept[name] = absolute;
    else delete kept[name];
  }
  // srcset is a list of candidates ("image.webp 400w"): a string or, from some parsers, an array.
  const srcSet = kept['srcSet'];
  if (srcSet !== undefined) {
    const candidates = Array.isArray(srcSet) ? srcSet.map(String) : String(srcSet).split(',');
    kept['srcSet'] = candidates
      .flatMap((candidate) => {
        const [url = '', ...descriptor] = String(candidate).trim().split(/\s+/);
        const absolute = resolve(url);
        return absolute ? [[absolute, ...descriptor].join(' ')] : [];
      })
      .join(', ');
  }
  return kept;
}

function rewrite(node: RootContent, resolve: Resolver): ElementContent[] {
  if (node.type === 'text') return [node];
  if (node.type !== 'element') return []; // comments, doctypes
  const element = node;
  if (DROPPED_ELEMENTS.has(element.tagName) || isHiddenFromReaders(element)) return [];
  if (hasClass(element, 'code-block')) return [plainListing(element)];
  if (element.tagName === 'figure' && hasClass(element, 'video')) return videoLink(element, resolve);
  const children = element.children.flatMap((child) => rewrite(child, resolve));
  // The diagram's text alternative is folded away on the page; here it replaces the SVG.
  if (element.tagName === 'details' && hasClass(element, 'diagram-text'))
    return children.filter((child) => child.type !== 'element' || child.tagName !== 'summary');
  // A video file: its fallback link stands in for the player.
  if (element.tagName === 'video' || element.tagName === 'audio') return children.filter((child) => child.type === 'element' && child.tagName === 'a');
  if (element.tagName === 'source' && !element.properties['srcSet']) return [];
  const properties = keptProperties(element, resolve);
  if (element.tagName === 'a' && !properties['href']) return children;
  if ((element.tagName === 'span' || element.tagName === 'div') && Object.keys(properties).length === 0) return children;
  return [{ ...element, properties, children }];
}

/**
 * `html`: a post body as the site renders it; `pageUrl`: the post's absolute
 * URL, against which every link and image is resolved.
 */
export function feedHtml(html: string, pageUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  const resolve = absoluteUrlResolver(pageUrl);
  const children = tree.children.flatMap((child) => rewrite(child, resolve));
  return toHtml({ type: 'root', children }).trim();
}

/**
 * A post's own video (its frontmatter) for the top of its feed item: a link
 * to it on YouTube, or, when its address was not preserved, where it was
 * published and a search for it (as components/media/VideoElsewhere.astro says).
 */
export function feedVideoHtml(video: PostVideo): string {
  if (video.youtube) return toHtml(h('p', [h('a', { href: youtubeWatchUrl(video.youtube) }, `Watch the video on YouTube: ${video.title}`)]));
  const published = video.channel ? ` was published on ${video.channel}` : ' was published on YouTube';
  return toHtml(
    h('p', [
      h('strong', 'Video:'),
      ` “${video.title}”${published}; its address was not preserved with this post. `,
      h('a', { href: youtubeSearchUrl(video.title) }, 'Search YouTube for it'),
      '.',
    ]),
  );
}
