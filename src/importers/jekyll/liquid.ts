/**
 * The Liquid of a Jekyll post's body, as Jekyll ran it before Markdown:
 * everywhere, listings included. What the import can say in Markdown, it
 * says:
 * - `{% highlight lang [linenos] [mark_lines="…"] %}` becomes a fence
 *   (../markdown-site/fences.ts), its text exactly as written;
 * - `{% raw %}` shows its text as written: a listing when it stands on lines
 *   of its own and every line is template text, else its `{{`/`{%` pieces
 *   as code; `{% comment %}` is dropped, as Jekyll dropped it;
 * - `{% post_url %}` and `{% link %}` become the old address of what they
 *   name (the plan then links the post here), `{{ site.baseurl }}`,
 *   `{{ site.url }}`, `relative_url` and `absolute_url` the old site's;
 * - a YouTube include (`{% include youtube.html id="…" %}` and kin, the
 *   `{% youtube %}` tag) becomes the video's line, a gist a link to it.
 * Any other tag is kept as text (a token, template-output.ts) and reported.
 */
import { YOUTUBE_ID, youtubeWatchUrl } from '../../video/youtube.ts';
import { youtubeId } from '../post-media.ts';
import { fenceLanguage, fenceText, marksOf } from '../markdown-site/fences.ts';
import { keepTemplateText, TemplateOutput, type KeptTemplates } from '../markdown-site/template-output.ts';
import { markdownText } from '../markdown-site/body.ts';

export interface LiquidScope {
  /** `_config.yml`. */
  site: Record<string, unknown>;
  /** The post's front matter (and its `url`). */
  page: Record<string, unknown>;
  /** The old site's `url` ('' when unset) and `baseurl` ('' or `/lab`). */
  url: string;
  baseurl: string;
  /** `{% post_url 2016-02-02-name %}`: that post's old address, base path included. */
  postUrl(name: string): string | undefined;
  /** `{% link _posts/2016-02-02-name.md %}`, `{% link about.md %}`: what the file is served at, base path included. */
  linkUrl(path: string): string | undefined;
}

export interface LiquidResult {
  text: string;
  problems: string[];
}

/** A tag (`{% … %}`) or an output (`{{ … }}`), with their whitespace control (`{%-`, `-%}`). A new one per scan: each keeps its place. */
const tags = () => /\{%(-?)([\s\S]*?)(-?)%\}|\{\{(-?)([\s\S]*?)(-?)\}\}/g;

const endTag = (name: string) => new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g');

/** Liquid's parameters (`id="abc" title='x' width=560`), by name. */
function parameters(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([\w-]+)\s*[=:]\s*(?:"([^"]*)"|'([^']*)'|(\S+))/g))
    found.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  return found;
}

const unquote = (text: string) => text.trim().replace(/^(["'])([\s\S]*)\1$/, '$2');

/** A tag as the report names it: short, on one line. */
const named = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 70 ? `${line.slice(0, 67)}…` : line;
};

/** The video a YouTube include or tag names: the first of its values that is an id or a YouTube address. */
function youtubeOf(values: Iterable<string>): string | undefined {
  for (const value of values) {
    const text = unquote(value);
    if (YOUTUBE_ID.test(text)) return text;
    const id = youtubeId(text);
    if (id) return id;
  }
  return undefined;
}

class LiquidRun {
  readonly out = new TemplateOutput();
  readonly problems: string[] = [];
  readonly scope: LiquidScope;
  readonly kept: KeptTemplates;
  constructor(scope: LiquidScope, kept: KeptTemplates) {
    this.scope = scope;
    this.kept = kept;
  }

  /** A value of the scope: `site.title`, `page.title`; text or a number only. */
  variable(path: string): string | undefined {
    const [root, ...keys] = path.split('.');
    if (root === 'site' && keys.length === 1 && keys[0] === 'baseurl') return this.scope.baseurl;
    if (root === 'site' && keys.length === 1 && keys[0] === 'url') return this.scope.url;
    let value: unknown = root === 'site' ? this.scope.site : root === 'page' ? this.scope.page : undefined;
    for (const key of keys) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
  }

  term(text: string): string | undefined {
    const written = text.trim();
    if (/^(["'])[\s\S]*\1$/.test(written)) return written.slice(1, -1);
    return /^[\w.-]+$/.test(written) ? this.variable(written) : undefined;
  }

  /** `{{ … }}` with the filters that make addresses; undefined for anything else. */
  output(expression: string): string | undefined {
    const [first, ...filters] = expression.split(/\|(?=(?:[^"']*["'][^"']*["'])*[^"']*$)/);
    let value = this.term(first ?? '');
    for (const filter of filters) {
      if (value === undefined) return undefined;
      const [, name, argument] = /^\s*(\w+)\s*(?::\s*([\s\S]*?))?\s*$/.exec(filter) ?? [];
      const path = value.startsWith('/') || value === '' ? value : `/${value}`;
      if (name === 'relative_url') value = `${this.scope.baseurl}${path}`;
      else if (name === 'absolute_url') value = `${this.scope.url}${this.scope.baseurl}${path}`;
      else if ((name === 'prepend' || name === 'append') && argument !== undefined) {
        const other = this.term(argument);
        if (other === undefined) return undefined;
        value = name === 'prepend' ? `${other}${value}` : `${value}${other}`;
      } else return undefined;
    }
    return value;
  }

  unknown(text: string, what: string): void {
    this.out.append(
      this.kept.token({ text, problem: `Liquid ${what} ${named(text)} is not known here: shown as text; rewrite or remove it`, problemInCode: true }),
    );
  }

  /** An address: `{{ site.baseurl }}` right before it is the base path it already has. */
  address(url: string): void {
    const { baseurl } = this.scope;
    if (baseurl && url.startsWith(baseurl) && this.out.text.endsWith(baseurl)) this.out.append(url.slice(baseurl.length));
    else this.out.append(url);
  }

  /** A line of its own for a video, or a link for another site's embed. */
  videoLine(id: string): void {
    this.out.block((indent) => `${indent}${youtubeWatchUrl(id)}`);
  }

  embedLine(url: string): void {
    const host = new URL(url).hostname.replace(/^www\./, '');
    this.problems.push(`embed ${url} is another site's: linked, not embedded`);
    this.out.block((indent) => `${indent}Embedded on ${host}: [${markdownText(url)}](${url})`);
  }

  /** The text of a listing: `{% raw %}` parts as written, other Liquid resolved where it can be, else as written and reported. */
  listingText(source: string): string {
    let text = '';
    let at = 0;
    const scan = tags();
    for (let match = scan.exec(source); match; match = scan.exec(source)) {
      text += source.slice(at, match.index);
      at = scan.lastIndex;
      if (match[2]?.trim() === 'raw') {
        const block = this.blockBody(source, 'raw', scan);
        text += block ? block.body : source.slice(scan.lastIndex);
        at = scan.lastIndex = block ? block.end : source.length;
        continue;
      }
      const value = match[5] !== undefined ? this.output(match[5]) : undefined;
      if (value !== undefined) text += value;
      else {
        text += match[0];
        this.problems.push(`Liquid ${match[5] !== undefined ? 'output' : 'tag'} ${named(match[0])} in a listing is shown as written (Jekyll ran it)`);
      }
    }
    return text + source.slice(at);
  }

  /** The text between a block tag and its end tag, or undefined when it has none. */
  blockBody(source: string, name: string, scan: RegExp): { body: string; end: number } | undefined {
    const end = endTag(name);
    end.lastIndex = scan.lastIndex;
    const found = end.exec(source);
    return found ? { body: source.slice(scan.lastIndex, found.index), end: end.lastIndex } : undefined;
  }

  tag(source: string, match: RegExpExecArray, scan: RegExp): void {
    const content = match[2]!.trim();
    const [, name = '', rest = ''] = /^(\w+)\s*([\s\S]*)$/.exec(content) ?? [];
    switch (name) {
      case 'comment': {
        const block = this.blockBody(source, 'comment', scan);
        if (block) scan.lastIndex = block.end;
        return;
      }
      case 'raw': {
        const block = this.blockBody(source, 'raw', scan);
        if (!block) return this.unknown(match[0], 'tag');
        const ownLines = this.out.atLineStart() && /^[ \t]*\n/.test(block.body) && /\n[ \t]*$/.test(block.body);
        const lines = block.body.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
        scan.lastIndex = block.end;
        if (ownLines && !/^[ \t]*(?:`{3,}|~{3,})/m.test(lines) && lines.split('\n').every((line) => line.trim() === '' || /\{\{|\{%/.test(line))) {
          this.out.block((indent) => fenceText(fenceLanguage('liquid', lines).lang, '', lines, indent));
        } else this.out.append(keepTemplateText(block.body, this.kept));
        return;
      }
      case 'highlight': {
        const block = this.blockBody(source, 'highlight', scan);
        if (!block) return this.unknown(match[0], 'tag');
        const [language, ...options] = rest.split(/\s+/);
        const marks = marksOf(parameters(options.join(' ')).get('mark_lines') ?? parameters(options.join(' ')).get('hl_lines'));
        const code = this.listingText(block.body.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, ''));
        const { lang, unknown } = fenceLanguage(language, code);
        if (unknown) this.problems.push(`listing language "${unknown}" is not known here: shown as plain text`);
        scan.lastIndex = block.end;
        this.out.block((indent) => fenceText(lang || 'text', marks, code, indent));
        return;
      }
      case 'post_url': {
        const url = this.scope.postUrl(unquote(rest));
        return url === undefined ? this.unknown(match[0], 'tag') : this.address(url);
      }
      case 'link': {
        const url = this.scope.linkUrl(unquote(rest.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => this.variable(path) ?? '')));
        return url === undefined ? this.unknown(match[0], 'tag') : this.address(url);
      }
      case 'youtube': {
        const id = youtubeOf([rest, ...parameters(rest).values()]);
        return id ? this.videoLine(id) : this.unknown(match[0], 'tag');
      }
      case 'gist': {
        const [id, file] = rest.split(/\s+/).map(unquote);
        if (!id || !/^[\w-]+(?:\/[\w-]+)?$/.test(id)) return this.unknown(match[0], 'tag');
        return this.embedLine(`https://gist.github.com/${id}${file ? `#file-${file.replace(/[^\w-]/g, '-')}` : ''}`);
      }
      case 'include': {
        const [file = '', ...args] = rest.split(/\s+/);
        const params = parameters(args.join(' '));
        const provider = params.get('provider')?.toLowerCase();
        if (/youtube/i.test(file) || provider === 'youtube') {
          const id = youtubeOf(params.values());
          if (id) return this.videoLine(id);
        } else if (provider === 'vimeo' && /^\d+$/.test(params.get('id') ?? '')) return this.embedLine(`https://vimeo.com/${params.get('id')}`);
        return this.unknown(match[0], 'tag');
      }
      default:
        return this.unknown(match[0], 'tag');
    }
  }

  run(source: string): void {
    let at = 0;
    const scan = tags();
    for (let match = scan.exec(source); match; match = scan.exec(source)) {
      this.out.append(source.slice(at, match.index));
      if (match[1] === '-' || match[4] === '-') this.out.trimEnd();
      if (match[2] !== undefined) this.tag(source, match, scan);
      else {
        const value = this.output(match[5]!);
        if (value === undefined) this.unknown(match[0], 'output');
        else this.address(value);
      }
      at = scan.lastIndex;
      if (match[3] === '-' || match[6] === '-') this.out.trimNext();
    }
    this.out.append(source.slice(at));
  }
}

/** A post's body with its Liquid done: Markdown, with tokens for what stays as text. */
export function expandLiquid(source: string, scope: LiquidScope, kept: KeptTemplates): LiquidResult {
  const run = new LiquidRun(scope, kept);
  run.run(source);
  return { text: run.out.text, problems: run.problems };
}
