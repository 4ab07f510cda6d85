/**
 * What an author can say after the language of a fence:
 *
 *   ```shellsession title="ifconfig on the host" caption="…" {3,5-7} ins={9} del={10}
 *   collapse={20-80} /br0/ wrap
 *
 * `{…}` or `mark={…}` highlights lines, `ins`/`del` mark added and removed
 * lines, `collapse` folds ranges into an expandable section, `/text/` marks
 * every occurrence of the text, `wrap` wraps long lines with a hanging indent
 * instead of scrolling. Anything else is an error, so a typo cannot pass.
 */
import type { ShikiTransformerContextCommon } from 'shiki';

export interface FenceMeta {
  title?: string;
  caption?: string;
  /** Diagrams: what the picture shows, in words. */
  alt?: string;
  mark: Set<number>;
  ins: Set<number>;
  del: Set<number>;
  collapse: Array<{ start: number; end: number }>;
  words: string[];
  wrap: boolean;
}

export class FenceMetaError extends Error {}

function parseRanges(value: string, field: string): Array<{ start: number; end: number }> {
  return value.split(',').map((part) => {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!match) throw new FenceMetaError(`${field}={${value}}: "${part}" is not a line number or range like 3-7`);
    const start = Number(match[1]);
    const end = Number(match[2] ?? match[1]);
    if (start < 1 || end < start) throw new FenceMetaError(`${field}={${value}}: "${part}" is not a valid range`);
    return { start, end };
  });
}

function lineSet(value: string, field: string): Set<number> {
  const lines = new Set<number>();
  for (const { start, end } of parseRanges(value, field)) for (let n = start; n <= end; n++) lines.add(n);
  return lines;
}

const TOKEN = /\s*(?:(\w+)=(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\{([^}]*)\})|\{([^}]*)\}|\/((?:[^/\\]|\\.)+)\/|(\w+))/y;

export function parseFenceMeta(raw: string | undefined): FenceMeta {
  const meta: FenceMeta = { mark: new Set(), ins: new Set(), del: new Set(), collapse: [], words: [], wrap: false };
  const text = (raw ?? '').trim();
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(text);
    if (!match) throw new FenceMetaError(`cannot read the code fence options from here: "${text.slice(at)}"`);
    const [, key, doubleQuoted, singleQuoted, braces, bareBraces, word, flag] = match;
    const quoted = (doubleQuoted ?? singleQuoted)?.replace(/\\(.)/g, '$1');
    if (bareBraces !== undefined) {
      for (const n of lineSet(bareBraces, 'mark')) meta.mark.add(n);
    } else if (word !== undefined) {
      meta.words.push(word.replace(/\\(.)/g, '$1'));
    } else if (flag !== undefined) {
      if (flag !== 'wrap') throw new FenceMetaError(`unknown code fence option "${flag}" (known: title, caption, alt, mark, ins, del, collapse, wrap, /text/)`);
      meta.wrap = true;
    } else if (key === 'title' || key === 'caption' || key === 'alt') {
      if (quoted === undefined) throw new FenceMetaError(`${key} needs a quoted value: ${key}="…"`);
      meta[key] = quoted;
    } else if (key === 'mark' || key === 'ins' || key === 'del') {
      if (braces === undefined) throw new FenceMetaError(`${key} needs line numbers in braces: ${key}={1,3-5}`);
      for (const n of lineSet(braces, key)) meta[key].add(n);
    } else if (key === 'collapse') {
      if (braces === undefined) throw new FenceMetaError('collapse needs line ranges in braces: collapse={20-80}');
      meta.collapse.push(...parseRanges(braces, key));
    } else {
      throw new FenceMetaError(`unknown code fence option "${key}" (known: title, caption, alt, mark, ins, del, collapse, wrap, /text/)`);
    }
  }
  meta.collapse.sort((a, b) => a.start - b.start);
  for (let i = 1; i < meta.collapse.length; i++) {
    if (meta.collapse[i]!.start <= meta.collapse[i - 1]!.end) throw new FenceMetaError('collapse ranges overlap');
  }
  return meta;
}

const parsed = new WeakMap<object, FenceMeta>();

/**
 * The fence meta of the block a transformer is working on. A pure function of
 * the block's input (Astro passes the text after the language as
 * `meta.__raw`), parsed once per block whichever transformer asks first.
 */
export function fenceMetaOf(context: ShikiTransformerContextCommon): FenceMeta {
  let meta = parsed.get(context.meta);
  if (!meta) {
    meta = parseFenceMeta(context.options.meta?.__raw);
    parsed.set(context.meta, meta);
  }
  return meta;
}
