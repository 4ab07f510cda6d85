/**
 * Whole-token matching, the way Pagefind indexes a page: a word is what lies
 * between spaces (`"br0-dhcp",`), its tokens are its runs of letters and digits
 * (`br0`, `dhcp`), and Pagefind finds a word by any token and by neighbouring
 * tokens run together (`ovs-vsctl` by `ovs`, `vsctl` and `ovsvsctl`). A term
 * matches a token run that begins with it (`avay` matches `Avaya`), never the
 * middle of a token (`br0` is not in `virbr0`).
 *
 * The search page uses this to tell a real hit from a near miss
 * (hit-strength.ts); a post opened from a result uses it to mark the terms.
 */

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu;
const WORD = /\S+/gu;

/** Lower case, accents off: how Pagefind compares words. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A query as Pagefind searches it: one term per word, lower case, letters and digits only (`ovs-vsctl` is `ovsvsctl`). */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map((word) => fold(word).replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean);
}

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokensOf(word: string, offset = 0): Token[] {
  return [...word.matchAll(TOKEN)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, folded: fold(m[0]) }));
}

/** The length of the longest common beginning of `a` and `b`. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * How `term` meets one word: `whole` when a run of the word's tokens begins
 * with it; otherwise `prefix`, the longest beginning the term shares with a
 * token run (Pagefind's near misses: `open` for `openvswich`; `configur` for
 * `configured`, matched by its stem in `configuration`), 0 for none.
 */
export function wordMatch(term: string, word: string): { whole: boolean; prefix: number } {
  const tokens = tokensOf(word);
  let prefix = 0;
  for (let i = 0; i < tokens.length; i++) {
    let run = '';
    for (let j = i; j < tokens.length; j++) {
      run += tokens[j]!.folded;
      if (run.startsWith(term)) return { whole: true, prefix: term.length };
      const shared = commonPrefix(run, term);
      prefix = Math.max(prefix, shared);
      if (shared < run.length) break;
    }
  }
  return { whole: false, prefix };
}

/** The index after the shortest run of `tokens` from `from` that begins with `term` (`ovs`+`vsctl` for `ovsvsctl`), or -1. */
function runBeginningWith(tokens: readonly Token[], from: number, term: string): number {
  let run = '';
  for (let j = from; j < tokens.length; j++) {
    run += tokens[j]!.folded;
    if (run.startsWith(term)) return j + 1;
    if (!term.startsWith(run)) return -1;
  }
  return -1;
}

/** The [start, end) ranges of `text` that are whole token runs beginning with one of `terms`, in order, overlaps merged. */
export function tokenRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const word of text.matchAll(WORD)) {
    const tokens = tokensOf(word[0], word.index);
    for (let i = 0; i < tokens.length; i++) {
      for (const term of terms) {
        const next = runBeginningWith(tokens, i, term);
        if (next !== -1) ranges.push([tokens[i]!.start, tokens[next - 1]!.end]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

/**
 * The [start, end) ranges of `text` where `terms` follow one another, each a whole token run beginning with it (as
 * tokenRanges matches one), with nothing but spaces and punctuation between: the phrase the reader typed
 * (`ovs-vsctl show`, and `192.168.5.2`, whose terms are 192, 168, 5 and 2). None for fewer than two terms.
 */
export function phraseRanges(text: string, terms: readonly string[]): Array<[number, number]> {
  if (terms.length < 2) return [];
  const tokens = tokensOf(text);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    let next = i;
    for (const term of terms) {
      next = runBeginningWith(tokens, next, term);
      if (next === -1) break;
    }
    if (next === -1) continue;
    ranges.push([tokens[i]!.start, tokens[next - 1]!.end]);
    i = next - 1;
  }
  return ranges;
}
