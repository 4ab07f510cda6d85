/**
 * Room between an edge and its label. Graphviz's dot puts an edge's label in
 * a box that the edge runs along, touching it: drawn in a browser's font, a
 * sloped or curved edge then grazes or crosses the text. A label written as
 * an HTML-like table with cell padding gets a margin on every side, and dot
 * routes the edge outside it. So each plain edge label in the author's DOT
 * (`a -> b [label="tagged"]`, or an `edge [label=…]` default) is rewritten
 * as one: same text, same font, same line breaks.
 *
 * The rewrite reads DOT's tokens (strings, HTML strings, comments), never
 * guesses inside them, and keeps the source's line count, so Graphviz's
 * syntax errors still name the author's line. A label it cannot carry over
 * exactly (an escape such as \N or \E, a string joined with +) stays as it is.
 */

/** Points of space between the label's text and the edge that runs beside it. */
export const EDGE_LABEL_PADDING = 3;

type Token = { kind: 'space' | 'comment' | 'string' | 'html' | 'id' | 'edgeop' | 'punct'; text: string };

const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|^#[^\n]*|"(?:[^"\\]|\\[\s\S])*"|-?(?:\.\d+|\d+(?:\.\d*)?)|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|->|--|[[\]{};,=:+<]/my;

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  let at = 0;
  while (at < source.length) {
    if (source[at] === '<') {
      // An HTML string: < … > with its own <tags> nested inside.
      let depth = 0;
      let end = at;
      for (; end < source.length; end++) {
        if (source[end] === '<') depth++;
        else if (source[end] === '>' && --depth === 0) break;
      }
      if (depth !== 0) return undefined;
      tokens.push({ kind: 'html', text: source.slice(at, end + 1) });
      at = end + 1;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(source);
    if (!match || match[0] === '') return undefined;
    const text = match[0];
    const kind: Token['kind'] = /^\s/.test(text)
      ? 'space'
      : /^(?:\/\/|\/\*|#)/.test(text)
        ? 'comment'
        : text.startsWith('"')
          ? 'string'
          : text === '->' || text === '--'
            ? 'edgeop'
            : /^[[\]{};,=:+]$/.test(text)
              ? 'punct'
              : 'id';
    tokens.push({ kind, text });
    at += text.length;
  }
  return tokens;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A DOT label's text as HTML-like label content, or undefined when it holds an escape HTML labels do not have. */
function htmlLabelContent(value: Token): string | undefined {
  if (value.kind === 'id') return escapeHtml(value.text);
  const body = value.text.slice(1, -1).replace(/\\\r?\n/g, '');
  if (/\\[^nlr"\\]/.test(body)) return undefined;
  const breaks: Record<string, string> = { n: '<br/>', l: '<br align="left"/>', r: '<br align="right"/>' };
  let html = '';
  let line = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[++i]!;
      if (next in breaks) {
        html += escapeHtml(line) + breaks[next];
        line = '';
      } else line += next;
    } else line += c;
  }
  // A break at the very end ends the last line, as in a plain label; it adds no empty line.
  html = line ? html + escapeHtml(line) : html.replace(/<br[^>]*>$/, '');
  return html;
}

function paddedLabel(content: string): string {
  return `<<table border="0" cellborder="0" cellspacing="0" cellpadding="${EDGE_LABEL_PADDING}"><tr><td>${content}</td></tr></table>>`;
}

/** The DOT source with every plain edge label given a margin (see above); unchanged if it cannot be read. */
export function padEdgeLabels(source: string): string {
  const tokens = tokenize(source);
  if (!tokens) return source;
  const next = (i: number, step: 1 | -1): number => {
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j]!.kind !== 'space' && tokens[j]!.kind !== 'comment') return j;
    return -1;
  };
  /** Whether the statement being read is an edge (it has -> or --) or the `edge [...]` defaults. */
  let isEdge = false;
  let expectStatement = true;
  let inAttributes = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'space' || token.kind === 'comment') continue;
    if (inAttributes) {
      if (token.text === ']') {
        inAttributes = false;
        // A statement ends with its attribute lists, unless another list follows.
        if (tokens[next(i, 1)]?.text !== '[') expectStatement = true;
      } else if (isEdge && token.kind === 'id' && token.text === 'label') {
        const equals = next(i, 1);
        const valueAt = tokens[equals]?.text === '=' ? next(equals, 1) : -1;
        const value = tokens[valueAt];
        const joined = tokens[next(valueAt, 1)]?.text === '+';
        const content = value && !joined && (value.kind === 'string' || value.kind === 'id') ? htmlLabelContent(value) : undefined;
        // The same number of lines as the value it replaces, so a later syntax error still names the author's line.
        if (content !== undefined) tokens[valueAt] = { kind: 'html', text: paddedLabel(content) + '\n'.repeat(value!.text.split('\n').length - 1) };
      }
      continue;
    }
    if (token.text === '[') {
      inAttributes = true;
    } else if (token.text === ';' || token.text === '{' || token.text === '}') {
      isEdge = false;
      expectStatement = true;
    } else if (token.kind === 'edgeop') {
      isEdge = true;
      expectStatement = false;
    } else if (token.kind !== 'punct') {
      // DOT's semicolons are optional: an id right after another (no =, : or edge operator between) begins a statement.
      const previous = tokens[next(i, -1)];
      if (expectStatement || (previous && previous.kind !== 'punct' && previous.kind !== 'edgeop') || previous?.text === ']') {
        isEdge = token.kind === 'id' && token.text.toLowerCase() === 'edge';
      }
      expectStatement = false;
    }
  }
  return tokens.map((token) => token.text).join('');
}
