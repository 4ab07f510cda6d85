/**
 * When a search has really found something. Pagefind matches a word, or words
 * that begin with it; failing that it settles for a shorter indexed word the
 * query word begins with: `a` for `Avya` (every post), `Open` for
 * `openvswich`. Those near misses say little, so the search page judges the
 * best result by the words it matched, and a weak best hit sends the query to
 * the spelling correction (spelling.ts).
 */
import { pagefindQuery } from './query-state.ts';
import { searchTerms, wordMatch } from './tokens.ts';

/** A near miss on fewer characters than this is no hit at all (`a` for `Avya`, `if` for `ifconfg`). */
export const MIN_NEAR_MISS = 3;
/** When the search had to settle for near misses, results under this share of the best score are left out. */
export const MIN_SCORE_SHARE = 0.25;

/** `hit`: a matched word begins with the term; `near`: one shares its first 3+ characters; `miss`: nothing worth counting. */
export type TermStrength = 'hit' | 'near' | 'miss';

/** The fields of Pagefind's result data that say what matched: the page's words, split as Pagefind splits them, and the matched positions. */
export interface MatchData {
  content: string;
  raw_content?: string;
  locations: number[];
}

/** The words of a page that the search matched (`locations` count words of `raw_content`, split on spaces as Pagefind does). */
export function matchedWords(data: MatchData): string[] {
  const words = (data.raw_content ?? data.content).split(/[^\S\uFEFF]+/);
  return [...new Set(data.locations.map((at) => words[at] ?? ''))];
}

/** How well `words` (a result's matched words) match `term`. */
export function termStrength(term: string, words: readonly string[]): TermStrength {
  let prefix = 0;
  for (const word of words) {
    const match = wordMatch(term, word);
    if (match.whole) return 'hit';
    prefix = Math.max(prefix, match.prefix);
  }
  return prefix >= MIN_NEAR_MISS ? 'near' : 'miss';
}

/** The words of `query` (as typed) whose terms, as Pagefind searched them, the best result's matched words do not really hit: what a correction may replace. */
export function weakWords(query: string, bestWords: readonly string[]): string[] {
  return query
    .split(/\s+/)
    .filter(Boolean)
    .filter((word) => searchTerms(pagefindQuery(word)).some((term) => termStrength(term, bestWords) !== 'hit'));
}

/** Whether anything in the best result counts: some term of the query a hit or a near miss. */
export function anyCounts(query: string, bestWords: readonly string[]): boolean {
  return searchTerms(pagefindQuery(query)).some((term) => termStrength(term, bestWords) !== 'miss');
}
