/**
 * What WordPress does to a post's stored text before a reader's browser sees
 * it, done here so the HTML converter (body.ts) sees what readers saw:
 * shortcodes become HTML (listings, captions, galleries, embeds; shortcodes.ts),
 * the classic editor's blank lines become paragraphs (wpautop.ts), and a
 * video address alone on its line becomes an embed (WordPress's auto-embed).
 * Listings are set aside first, so none of this touches their text, and come
 * back whole. Shortcodes left unknown are named, for the report.
 */
import { decodeHTML, escapeUTF8 as escapeHtml } from 'entities';
import { CODE_SHORTCODES, shortcodeLanguage } from './listings.ts';
import { isVideoUrl } from './media.ts';
import { replaceShortcodes, unknownShortcodes, type Shortcode } from './shortcodes.ts';
import { wpautop } from './wpautop.ts';

/** A media-library item, for galleries and alt text. */
export interface Attachment {
  url: string;
  title: string;
  caption: string;
  alt: string;
}

// Private-use characters mark a set-aside block in the text: they never occur in a real post.
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const PLACEHOLDER_LINE = /^\uE000\d+\uE001$/;

/** The text of WordPress's content, as HTML a browser would have been given. */
export function wordpressHtml(content: string, attachments: ReadonlyMap<number, Attachment>): { html: string; unknownShortcodes: string[] } {
  const setAside: string[] = [];
  const aside = (html: string) => `\uE000${setAside.push(html) - 1}\uE001`;
  const blockEditor = content.includes('<!-- wp:');
  let text = content.replace(/\r\n?/g, '\n');

  // The teaser break and page breaks: one post, one page here.
  text = text.replace(/<!--more(?:\s[^>]*)?-->/g, '').replace(/<!--nextpage-->/g, '\n\n<hr>\n\n');

  // Listings first: nothing after this may touch their text.
  text = replaceShortcodes(text, CODE_SHORTCODES, ({ name, attributes, content: code }) => {
    if (code === undefined) return undefined;
    // A listing written in the classic editor's text tab is raw; the visual tab stored entities. Either way, the characters.
    const value = decodeHTML(code.replace(/^\n/, '').replace(/\n$/, ''));
    const lang = shortcodeLanguage(name, attributes);
    return aside(`<pre${lang ? ` data-wp-lang="${escapeHtml(lang)}"` : ''}>\n${escapeHtml(value)}</pre>`);
  });
  if (!blockEditor) text = text.replace(/<pre\b[\s\S]*?<\/pre>/gi, (pre) => aside(pre));
  const unknown = unknownShortcodes(text.replace(/<[^>]*>/g, ' ')).filter((name) => !HANDLED_SHORTCODES.has(name));

  text = replaceShortcodes(text, HANDLED_SHORTCODES, (shortcode) => renderShortcode(shortcode, attachments));
  if (!blockEditor) {
    // WordPress's auto-embed: a video address alone on its line.
    text = text.replace(/^[ \t]*(https?:\/\/\S+)[ \t]*$/gm, (line, url: string) => (isVideoUrl(url) ? aside(videoHtml(url)) : line));
    text = wpautop(text, PLACEHOLDER_LINE);
  }
  // A placeholder wpautop put in a paragraph of its own comes back as the block alone.
  const html = text.replace(/<p>(\uE000\d+\uE001)<\/p>/g, '$1').replace(PLACEHOLDER, (_, index: string) => setAside[Number(index)]!);
  return { html, unknownShortcodes: unknown };
}

const HANDLED_SHORTCODES: ReadonlySet<string> = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'youtube', 'video']);

const videoHtml = (url: string) => `<div data-wp-video="${escapeHtml(url.trim())}"></div>`;

function renderShortcode({ name, attributes, positional, content }: Shortcode, attachments: ReadonlyMap<number, Attachment>): string | undefined {
  switch (name) {
    case 'caption':
    case 'wp_caption': {
      // [caption]<img …> The caption text[/caption]; old exports put it in caption="…" instead.
      const inner = content ?? '';
      const image = /^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(inner)?.[0] ?? '';
      const caption = attributes['caption'] ?? inner.slice(image.length).trim();
      return `<figure>${image}<figcaption>${caption}</figcaption></figure>`;
    }
    case 'gallery': {
      const ids = (attributes['ids'] ?? '').split(',').map((id) => Number(id.trim()));
      const figures = ids
        .map((id) => attachments.get(id))
        .filter((attachment) => attachment !== undefined)
        .map(
          (a) =>
            `<li><figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}" title="${escapeHtml(a.title)}">${a.caption ? `<figcaption>${escapeHtml(a.caption)}</figcaption>` : ''}</figure></li>`,
        );
      return figures.length > 0 ? `<ul data-wp-gallery="">${figures.join('')}</ul>` : undefined;
    }
    case 'embed':
    case 'youtube':
    case 'video': {
      const url = (content?.trim() || positional[0] || attributes['src'] || attributes['mp4'] || attributes['url'] || '').replace(/^=/, '');
      return url ? videoHtml(decodeHTML(url)) : undefined;
    }
  }
  return undefined;
}
