/**
 * What a template language (Jekyll's Liquid, Hugo's shortcodes) leaves of a
 * post's body: Markdown text, with blocks (a listing, a video's line) on
 * lines of their own, and tokens where a tag stays as text.
 *
 * A tag the import cannot turn into Markdown (an include it does not know,
 * a `{% raw %}` part) is not written out yet: whether it must become inline
 * code (in prose), stay as it is (inside a listing) or be escaped (in an
 * HTML attribute) depends on where it stands, which only the parsed body
 * says. So it is a token here, a private-use character pair around its
 * number, and body.ts replaces each once it knows.
 */

export interface KeptTemplate {
  /** The text as the old site's source had it: `{% include toc.html %}`. */
  text: string;
  /** What the report says when it reaches a page as text; none for text the author meant to show (`{% raw %}`). */
  problem?: string | undefined;
  /** Whether the problem stands inside a listing too (Liquid runs there; Hugo's `{{ }}` in a listing is what the reader saw). */
  problemInCode?: boolean;
}

export const KEPT_TOKEN = /\uE000(\d+)\uE001/g;

export class KeptTemplates {
  readonly items: KeptTemplate[] = [];
  token(item: KeptTemplate): string {
    this.items.push(item);
    return `\uE000${this.items.length - 1}\uE001`;
  }
  /** `text` with every token back to what it stood for. */
  restore(text: string): string {
    return text.replace(KEPT_TOKEN, (_, n: string) => this.items[Number(n)]?.text ?? '');
  }
}

/** `{{ … }}` and `{% … %}` in text the author meant to show (a `{% raw %}` part), each a token: code in prose, as written in a listing. */
export function keepTemplateText(text: string, kept: KeptTemplates): string {
  return text.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, (piece) => kept.token({ text: piece }));
}

export class TemplateOutput {
  text = '';
  #blankLineNext = false;
  #trimNext = false;

  /** Text of the body between tags, or what a tag resolved to (an address). */
  append(source: string): void {
    let text = source;
    if (this.#trimNext) {
      text = text.replace(/^\s+/, '');
      this.#trimNext = false;
    }
    if (this.#blankLineNext && text !== '') {
      // What follows a block on its line, or on the next line, starts a paragraph of its own.
      if (!/^[ \t]*\n[ \t]*\n/.test(text)) text = `${/^[ \t]*\n/.test(text) ? '\n' : '\n\n'}${text.replace(/^[ \t]*/, '')}`;
      this.#blankLineNext = false;
    }
    this.text += text;
  }

  /** Whitespace control: `{%-` trims what is before the tag, `-%}` what follows it. */
  trimEnd(): void {
    this.text = this.text.replace(/\s+$/, '');
  }
  trimNext(): void {
    this.#trimNext = true;
  }

  /** Whether the output is at the start of a line (only spaces before, on it). */
  atLineStart(): boolean {
    return /(?:^|\n)[ \t]*$/.test(this.text);
  }

  /**
   * A block on lines of its own, after a blank line, in the indentation of
   * the line its tag stands on (a listing in a list item stays in it):
   * `lines(indent)` writes it.
   */
  block(lines: (indent: string) => string): void {
    const lineStart = this.text.lastIndexOf('\n') + 1;
    const current = this.text.slice(lineStart);
    let indent = '';
    if (/^[ \t]*$/.test(current)) {
      indent = current;
      this.text = this.text.slice(0, lineStart);
    } else this.text += '\n';
    if (this.text !== '' && !this.text.endsWith('\n\n')) this.text += '\n';
    this.text += lines(indent);
    this.#blankLineNext = true;
  }
}
