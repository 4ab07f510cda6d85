/**
 * A `.md` post's raw HTML, made inert, piece by piece. Markdown hands raw
 * HTML over as fragments (`<a href="…">` in one, its `</a>` in another, a
 * `<details>` block whose `</details>` comes after more Markdown), so each
 * fragment is rewritten tag by tag, as written, leaving open what it
 * leaves open. Only tags this module writes reach the page: any other `<`
 * (a tag cut short, which a browser would read on into the page) becomes
 * `&lt;`. What is open across fragments (an inert link, a `<script>`) is
 * remembered for the document. The rules are hostile-html.ts's; site paths
 * get the base path, as Link.astro gives an MDX post's links.
 */
import { decodeHTML } from 'entities';
import { joinBase } from '../lib/base-path.ts';
import { isUnsafeAttribute, REMOVED_ELEMENTS, REMOVED_WITH_CONTENT, runsScript, URL_ATTRIBUTES } from './hostile-html.ts';

/** A comment, or a whole start or end tag with its attributes (HTML's own syntax for them). */
const TOKEN = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const escapeAttribute = (value: string) => value.replace(/&(?!#?\w+;)/g, '&amp;').replace(/"/g, '&quot;');
const escapeText = (text: string) => text.replace(/</g, '&lt;');

export class RawHtmlSanitizer {
  private readonly base: string;
  /** For each `<a>` open in the document: whether it became an inert `<span>`. */
  private readonly openLinks: boolean[] = [];
  /** The element removed with its content that the document is inside (a `<script>`), if any. */
  private skipping: string | undefined;

  constructor(base: string) {
    this.base = base;
  }

  /** One fragment of raw HTML, safe to put in the page. */
  clean(fragment: string): string {
    let out = '';
    let last = 0;
    for (const match of fragment.matchAll(TOKEN)) {
      if (!this.skipping) out += escapeText(fragment.slice(last, match.index));
      last = match.index + match[0].length;
      const [, closing, rawName, attributes = '', selfClosing] = match;
      if (!rawName) continue; // a comment or a doctype: not content
      const name = rawName.toLowerCase();
      if (this.skipping) {
        if (closing && name === this.skipping) this.skipping = undefined;
        continue;
      }
      if (closing) out += this.closeTag(name);
      else out += this.openTag(name, attributes, selfClosing === '/');
    }
    if (!this.skipping) out += escapeText(fragment.slice(last));
    return out;
  }

  private openTag(name: string, attributes: string, selfClosing: boolean): string {
    if (REMOVED_WITH_CONTENT.has(name)) {
      if (!selfClosing) this.skipping = name;
      return '';
    }
    if (REMOVED_ELEMENTS.has(name)) return '';
    const kept: string[] = [];
    let inert = false;
    for (const [, attribute, ...values] of attributes.matchAll(ATTRIBUTE)) {
      const key = attribute!.toLowerCase();
      if (isUnsafeAttribute(key)) continue;
      const raw = values.find((value) => value !== undefined);
      if (raw === undefined) {
        kept.push(key);
        continue;
      }
      let value = raw;
      if (URL_ATTRIBUTES.has(key)) {
        // Browsers read the value with its entities decoded: `java&#09;script:` is `javascript:`.
        const url = decodeHTML(raw).trim();
        if (runsScript(url)) {
          inert ||= name === 'a';
          continue;
        }
        if ((key === 'href' || key === 'src') && url.startsWith('/') && !url.startsWith('//')) value = joinBase(this.base, url);
      }
      kept.push(`${key}="${escapeAttribute(value)}"`);
    }
    if (name === 'a' && !selfClosing) this.openLinks.push(inert);
    if (inert) return '<span class="inert-link">';
    return `<${name}${kept.length > 0 ? ` ${kept.join(' ')}` : ''}${selfClosing ? ' /' : ''}>`;
  }

  private closeTag(name: string): string {
    if (REMOVED_ELEMENTS.has(name)) return '';
    if (name === 'a') return this.openLinks.pop() ? '</span>' : '</a>';
    return `</${name}>`;
  }
}
