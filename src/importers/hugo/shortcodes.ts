/**
 * The shortcodes of a Hugo page's body (`{{< name … >}}`, `{{% name … %}}`),
 * as Hugo ran them before Markdown, listings included. What the import can
 * say in Markdown, it says:
 * - `highlight` becomes a fence (../markdown-site/fences.ts), its text as
 *   written, its `hl_lines` the site's marks;
 * - `figure` an image with its alt text and its caption;
 * - `ref` and `relref` the old address of the page they name (the plan then
 *   links the post here);
 * - `youtube` the video's line; `vimeo`, `gist`, `tweet`/`x`, `instagram`
 *   a link to what they showed;
 * - `param` the page's or the site's parameter.
 * A shortcode written as a comment (a `/*` right inside its `{{<`) showed itself
 * to the reader: it stays as text. Any other shortcode is kept as text (a
 * token, template-output.ts) and reported. Hugo runs no other templates in
 * content: a `{{ .Title }}` was what the reader saw, and stays so.
 */
import { YOUTUBE_ID, youtubeWatchUrl } from '../../video/youtube.ts';
import { markdownText } from '../markdown-site/body.ts';
import { fenceLanguage, fenceText, highlightOptionMarks } from '../markdown-site/fences.ts';
import { TemplateOutput, type KeptTemplates } from '../markdown-site/template-output.ts';

export interface ShortcodeScope {
  /** `ref`/`relref`: the old address (base path included, `#fragment` kept) of the page a path names. */
  ref(path: string): string | undefined;
  /** `param`: the page's parameter, else the site's. */
  param(name: string): string | undefined;
}

export interface ShortcodeResult {
  text: string;
  problems: string[];
}

interface Shortcode {
  name: string;
  closing: boolean;
  positional: string[];
  named: Map<string, string>;
}

/** A shortcode (`{{< … >}}`, `{{% … %}}`, or one inside comment marks), or other double braces. A new one per scan: each keeps its place. */
const tags = () => /\{\{([<%])(\s*\/\*)?([\s\S]*?)(\*\/\s*)?[>%]\}\}|\{\{[\s\S]*?\}\}/g;

function readShortcode(inner: string): Shortcode | undefined {
  const text = inner.trim().replace(/\/$/, '').trim();
  const nameMatch = /^(\/?)\s*([\w-]+)/.exec(text);
  if (!nameMatch) return undefined;
  const shortcode: Shortcode = { name: nameMatch[2]!.toLowerCase(), closing: nameMatch[1] === '/', positional: [], named: new Map() };
  const param = /\s*(?:([\w-]+)=)?(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|([^\s"`]+))/y;
  param.lastIndex = nameMatch[0].length;
  while (param.lastIndex < text.length) {
    const match = param.exec(text);
    if (!match) break;
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? match[4] ?? '');
    if (match[1]) shortcode.named.set(match[1].toLowerCase(), value);
    else shortcode.positional.push(value);
  }
  return shortcode;
}

const named = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}…` : line;
};
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

class ShortcodeRun {
  readonly out = new TemplateOutput();
  readonly problems: string[] = [];
  readonly scope: ShortcodeScope;
  readonly kept: KeptTemplates;
  constructor(scope: ShortcodeScope, kept: KeptTemplates) {
    this.scope = scope;
    this.kept = kept;
  }

  unknown(text: string, name: string): void {
    this.out.append(
      this.kept.token({ text, problem: `shortcode {{< ${name} >}} is not known here: shown as text; rewrite or remove it`, problemInCode: true }),
    );
  }

  embedLine(url: string): void {
    const host = new URL(url).hostname.replace(/^www\./, '');
    this.problems.push(`embed ${url} is another site's: linked, not embedded`);
    this.out.block((indent) => `${indent}Embedded on ${host}: [${markdownText(url)}](${url})`);
  }

  /** The text of a highlight: shortcodes written as comments show themselves; other shortcodes in it as written. */
  listingText(source: string): string {
    return source.replace(tags(), (whole, _kind: string | undefined, open: string | undefined, _inner: string, close: string | undefined) =>
      open !== undefined && close !== undefined ? whole.replace(/\{\{([<%])\s*\/\*/, '{{$1').replace(/\*\/\s*([>%])\}\}$/, '$1}}') : whole,
    );
  }

  /** The body and end of a paired shortcode's closing tag, or undefined when it has none. */
  pairedBody(source: string, name: string, from: number): { body: string; end: number } | undefined {
    const close = new RegExp(`\\{\\{[<%]\\s*\\/\\s*${name}\\s*[>%]\\}\\}`, 'g');
    close.lastIndex = from;
    const found = close.exec(source);
    return found ? { body: source.slice(from, found.index), end: close.lastIndex } : undefined;
  }

  figure(code: Shortcode): void {
    const src = code.named.get('src') ?? code.positional[0];
    if (!src) return this.unknown(`{{< figure >}}`, 'figure');
    const alt = code.named.get('alt') || code.named.get('caption') || code.named.get('title') || '';
    const caption = code.named.get('caption') ?? code.named.get('title');
    const link = code.named.get('link');
    // The image is Markdown's, so the image pipeline takes it; the caption is a figcaption.
    const image = `![${markdownText(alt)}](${src.replace(/[\s()]/g, encodeURIComponent)})`;
    const shown = link ? `[${image}](${link.replace(/[\s()]/g, encodeURIComponent)})` : image;
    this.out.block((indent) =>
      caption
        ? [`${indent}<figure>`, '', `${indent}${shown}`, '', `${indent}<figcaption>${escapeHtml(caption)}</figcaption>`, `${indent}</figure>`].join('\n')
        : `${indent}${shown}`,
    );
  }

  shortcode(source: string, whole: string, code: Shortcode, scan: RegExp): void {
    const first = code.named.get('id') ?? code.positional[0] ?? '';
    switch (code.name) {
      case 'highlight': {
        const block = this.pairedBody(source, 'highlight', scan.lastIndex);
        if (!block) return this.unknown(whole, code.name);
        scan.lastIndex = block.end;
        const listing = this.listingText(block.body.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, ''));
        const { lang, unknown } = fenceLanguage(code.named.get('lang') ?? code.positional[0], listing);
        if (unknown) this.problems.push(`listing language "${unknown}" is not known here: shown as plain text`);
        const marks = highlightOptionMarks(code.named.get('options') ?? code.positional[1] ?? '');
        this.out.block((indent) => fenceText(lang || 'text', marks, listing, indent));
        return;
      }
      case 'figure':
        return this.figure(code);
      case 'ref':
      case 'relref': {
        const url = this.scope.ref(code.named.get('path') ?? first);
        return url === undefined ? this.unknown(whole, code.name) : this.out.append(url);
      }
      case 'param': {
        const value = this.scope.param(first);
        return value === undefined ? this.unknown(whole, code.name) : this.out.append(markdownText(value));
      }
      case 'youtube':
        return YOUTUBE_ID.test(first) ? this.out.block((indent) => `${indent}${youtubeWatchUrl(first)}`) : this.unknown(whole, code.name);
      case 'vimeo':
        return /^\d+$/.test(first) ? this.embedLine(`https://vimeo.com/${first}`) : this.unknown(whole, code.name);
      case 'gist': {
        const [user, id] = [code.named.get('user') ?? code.positional[0], code.named.get('id') ?? code.positional[1]];
        return user && id && /^[\w-]+$/.test(user) && /^\w+$/.test(id)
          ? this.embedLine(`https://gist.github.com/${user}/${id}`)
          : this.unknown(whole, code.name);
      }
      case 'tweet':
      case 'twitter':
      case 'x': {
        const user = code.named.get('user');
        const id = code.named.get('id') ?? code.positional.at(-1) ?? '';
        const host = code.name === 'x' ? 'x.com' : 'twitter.com';
        return /^\d+$/.test(id) ? this.embedLine(`https://${host}/${user && /^\w+$/.test(user) ? user : 'i'}/status/${id}`) : this.unknown(whole, code.name);
      }
      case 'instagram':
        return /^[\w-]+$/.test(first) ? this.embedLine(`https://www.instagram.com/p/${first}/`) : this.unknown(whole, code.name);
      default:
        return this.unknown(whole, code.name);
    }
  }

  run(source: string): void {
    let at = 0;
    const scan = tags();
    for (let match = scan.exec(source); match; match = scan.exec(source)) {
      this.out.append(source.slice(at, match.index));
      const [whole, kind, open, inner, close] = match;
      const code = kind ? readShortcode(inner ?? '') : undefined;
      if (!kind) {
        // Hugo shows other double braces as they are: code here, reported where it is prose.
        this.out.append(this.kept.token({ text: whole, problem: `text ${named(whole)} reads like a template: shown as code` }));
      } else if (open !== undefined && close !== undefined) {
        // A shortcode written as a comment: what the reader saw is the shortcode itself.
        this.out.append(
          this.kept.token({ text: `{{${kind}${inner}${kind === '<' ? '>' : '%'}}}`.replace(/\{\{([<%])\s*/, '{{$1 ').replace(/\s*([>%])\}\}$/, ' $1}}') }),
        );
      } else if (!code) this.unknown(whole, named(inner ?? ''));
      else if (code.closing) this.unknown(whole, `/${code.name}`);
      else this.shortcode(source, whole, code, scan);
      at = scan.lastIndex;
    }
    this.out.append(source.slice(at));
  }
}

/** A page's body with its shortcodes done: Markdown, with tokens for what stays as text. */
export function expandShortcodes(source: string, scope: ShortcodeScope, kept: KeptTemplates): ShortcodeResult {
  const run = new ShortcodeRun(scope, kept);
  run.run(source);
  return { text: run.out.text, problems: run.problems };
}
