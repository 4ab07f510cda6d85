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

/** A media-library item, for galleries, featured images and alt text. */
export interface Attachment {
  id: number;
  /** The post it was uploaded to: `[gallery]` without ids shows these. */
  parent: number;
  url: string;
  title: string;
  caption: string;
  alt: string;
}

/** A post's text as the HTML WordPress served, and the shortcodes it did not know. */
export interface WordPressHtml {
  html: string;
  unknownShortcodes: string[];
}

export interface PostMedia {
  postId: number;
  attachments: ReadonlyMap<number, Attachment>;
}

// Private-use characters mark a set-aside block in the text: they never occur in a real post.
const PLACEHOLDER = /\uE000(\d+)\uE001/g;
const PLACEHOLDER_LINE = /^\uE000\d+\uE001$/;

/** The text of WordPress's content, as HTML a browser would have been given. */
export function wordpressHtml(content: string, media: PostMedia): WordPressHtml {
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

  text = replaceShortcodes(text, HANDLED_SHORTCODES, (shortcode) => renderShortcode(shortcode, media));
  if (!blockEditor) {
    // WordPress's auto-embed: a video address alone on its line.
    text = text.replace(/^[ \t]*(https?:\/\/\S+)[ \t]*$/gm, (line, url: string) => (isVideoUrl(url) ? aside(videoHtml(url)) : line));
    text = wpautop(text, PLACEHOLDER_LINE);
  }
  // A placeholder wpautop put in a paragraph of its own comes back as the block alone.
  const html = text.replace(/<p>(\uE000\d+\uE001)<\/p>/g, '$1').replace(PLACEHOLDER, (_, index: string) => setAside[Number(index)]!);
  return { html, unknownShortcodes: unknown };
}

const HANDLED_SHORTCODES: ReadonlySet<string> = new Set(['caption', 'wp_caption', 'gallery', 'embed', 'youtube', 'video', 'audio']);

const videoHtml = (url: string) => `<div data-wp-video="${escapeHtml(url.trim())}"></div>`;

/** The media library's image as the block editor writes it, so its alt text and caption are found the same way. */
export const attachmentFigure = (a: Attachment) =>
  `<figure><img src="${escapeHtml(a.url)}" alt="${escapeHtml(a.alt)}" class="wp-image-${a.id}">${a.caption ? `<figcaption>${escapeHtml(a.caption)}</figcaption>` : ''}</figure>`;

/** `[audio]`/`[video]` name their file by type (`mp3="…"`, `mp4="…"`) or by `src`. */
const FILE_ATTRIBUTES = ['src', 'mp3', 'm4a', 'ogg', 'wav', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'url'];

function renderShortcode({ name, attributes, positional, content }: Shortcode, { postId, attachments }: PostMedia): string | undefined {
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
      // `ids` (or the older `include`) names the images; without them, the gallery shows the images uploaded to the post.
      const listed = (attributes['ids'] ?? attributes['include'] ?? '')
        .split(',')
        .map((id) => Number(id.trim()))
        .filter(Boolean);
      const images =
        listed.length > 0
          ? listed.map((id) => attachments.get(id)).filter((a) => a !== undefined)
          : [...attachments.values()].filter((a) => a.parent === postId && /\.(?:png|jpe?g|gif|webp|avif)$/i.test(a.url));
      return images.length > 0 ? `<figure class="wp-block-gallery">${images.map(attachmentFigure).join('')}</figure>` : undefined;
    }
    case 'embed':
    case 'youtube': {
      const url = (content?.trim() || positional[0] || attributes['src'] || attributes['url'] || '').replace(/^=/, '');
      return url ? videoHtml(decodeHTML(url)) : undefined;
    }
    case 'video':
    case 'audio': {
      const url = decodeHTML((FILE_ATTRIBUTES.map((key) => attributes[key]).find(Boolean) ?? positional[0] ?? content?.trim() ?? '').replace(/^=/, ''));
      if (!url) return undefined;
      // [video] of a video host's page is an embed; of a file, the file.
      if (name === 'video' && isVideoUrl(url)) return videoHtml(url);
      const poster = attributes['poster'] ? ` poster="${escapeHtml(decodeHTML(attributes['poster']))}"` : '';
      return `<${name} src="${escapeHtml(url)}"${poster}></${name}>`;
    }
  }
  return undefined;
}
