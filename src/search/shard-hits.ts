/**
 * Merged shards (search-shards.ts) and Pagefind's near misses. Each shard is
 * searched on its own: a shard that lacks a query word settles for a shorter
 * word it has (`a` for `azat`, hit-strength.ts), while another shard has the
 * word itself. Merged by score, such a near miss can rank above the page
 * that really has the word, and the search page would judge the query weak.
 * So, on a sharded index, the best results are read: when some of them hit
 * every word of the query, they come first and the ones that hit no word go.
 * One index (a small site) is never re-ordered: Pagefind settles for near
 * misses there only when no page has the word.
 */
import { matchedWords, termStrength, type MatchData } from './hit-strength.ts';
import { searchTerms } from './tokens.ts';

/** How many of the best results are read (their data fetched) to find the real hits. */
export const RESULTS_READ = 16;

interface Result<Data extends MatchData> {
  score: number;
  data: () => Promise<Data>;
}

/** `results`, best first, with the real hits among the first RESULTS_READ moved ahead and the junk among them dropped. */
export async function preferRealHits<R extends Result<MatchData>>(query: string, results: readonly R[]): Promise<R[]> {
  const terms = searchTerms(query);
  const ranked = [...results].sort((a, b) => b.score - a.score);
  if (terms.length === 0 || ranked.length < 2) return ranked;
  const read = ranked.slice(0, RESULTS_READ);
  const hits = await Promise.all(
    read.map(async (result) => {
      const words = matchedWords(await result.data());
      return terms.filter((term) => termStrength(term, words) === 'hit').length;
    }),
  );
  if (!hits.includes(terms.length)) return ranked;
  const whole = read.filter((_, i) => hits[i] === terms.length);
  const partial = read.filter((_, i) => hits[i]! > 0 && hits[i]! < terms.length);
  return [...whole, ...partial, ...ranked.slice(RESULTS_READ)];
}
