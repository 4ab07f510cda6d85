/**
 * One search as the search page runs it, typos forgiven: Pagefind first; if
 * its best result is weak (hit-strength.ts), the weak words are corrected from
 * the posts' vocabulary (spelling.ts) and the corrected query is searched
 * instead when it does better. Without a better correction, near misses are
 * kept only near the best score, and nothing is shown for junk hits.
 * Last, a query that is a network name puts that name's page first of the
 * names (exact-name.ts).
 * Plain logic over any engine with Pagefind's `search()`: the page passes
 * Pagefind, tests/build/search-index.test.ts passes the same Pagefind running
 * on the built index in Node.
 */
import { anyCounts, matchedWords, MIN_SCORE_SHARE, weakWords, type MatchData } from './hit-strength.ts';
import { pagefindQuery } from './query-state.ts';
import { preferRealHits } from './shard-hits.ts';
import { correctQuery } from './spelling.ts';
import { exactNameOptions, exactNamesFirst, namePageOptions } from './exact-name.ts';

export interface EngineResult<Data extends MatchData> {
  /** Pagefind's id of the page. */
  id: string;
  score: number;
  data: () => Promise<Data>;
}

/** Per filter, each value's number of results. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

export interface EngineResponse<Data extends MatchData> {
  results: Array<EngineResult<Data>>;
  filters: FilterCounts;
}

export interface SearchEngine<Data extends MatchData, Options> {
  /** `null`: every page the filters let through. */
  search(term: string | null, options: Options): Promise<EngineResponse<Data>>;
  /** An index in shards, merged (search-shards.ts): each response's real hits are put first (shard-hits.ts). */
  sharded?: boolean;
}

export interface ForgivingResult<Data extends MatchData> {
  response: EngineResponse<Data>;
  /** The query searched instead, when the typed one was corrected. */
  corrected?: string;
}

/** A quoted query is an exact phrase search: taken as typed. */
const isPhrase = (query: string): boolean => /^\s*".+"\s*$/.test(query);

/** The words of `query` the response's best result (the first, when `ordered`; else the best score) does not really hit, and whether anything in it counts. */
async function judge<Data extends MatchData>(query: string, results: Array<EngineResult<Data>>, ordered = false): Promise<{ weak: string[]; counts: boolean }> {
  const best = ordered
    ? results[0]
    : results.reduce<EngineResult<Data> | undefined>((top, result) => (!top || result.score > top.score ? result : top), undefined);
  if (!best) return { weak: query.split(/\s+/).filter(Boolean), counts: false };
  const words = matchedWords(await best.data());
  return { weak: weakWords(query, words), counts: anyCounts(query, words) };
}

/** The reader's filters and sort order, as far as this logic reads them. */
interface SearchOptions {
  filters?: object;
  sort?: object;
}

export async function forgivingSearch<Data extends MatchData, Options extends SearchOptions>(
  engine: SearchEngine<Data, Options>,
  query: string,
  options: Options,
  vocabulary: () => Promise<readonly string[]>,
): Promise<ForgivingResult<Data>> {
  const found = await typoForgivingSearch(engine, query, options, vocabulary);
  // Sorted by date, the order is the reader's; with no results, there is nothing to put first.
  if (options.sort || found.response.results.length === 0) return found;
  const exact = await engine.search(null, exactNameOptions(options, found.corrected ?? query));
  if (exact.results.length === 0) return found;
  const names = new Set((await engine.search(null, namePageOptions(options))).results.map((result) => result.id));
  return { ...found, response: { ...found.response, results: exactNamesFirst(found.response.results, exact.results, (result) => names.has(result.id)) } };
}

async function typoForgivingSearch<Data extends MatchData, Options>(
  engine: SearchEngine<Data, Options>,
  query: string,
  options: Options,
  vocabulary: () => Promise<readonly string[]>,
): Promise<ForgivingResult<Data>> {
  const ordered = engine.sharded === true;
  const search = async (typed: string): Promise<EngineResponse<Data>> => {
    const response = await engine.search(pagefindQuery(typed), options);
    return ordered ? { ...response, results: await preferRealHits(pagefindQuery(typed), response.results) } : response;
  };
  const first = await search(query);
  if (isPhrase(query)) return { response: first };
  const verdict = await judge(query, first.results, ordered);
  if (verdict.weak.length === 0) return { response: first };

  const words = await vocabulary();
  // A word the posts use is no typo: Pagefind matched it by its stem (`configured` in `configuration`).
  const typos = verdict.weak.filter((word) => !words.includes(word.toLowerCase()));
  const corrected = typos.length > 0 ? correctQuery(query, words, typos) : undefined;
  if (corrected) {
    const retry = await search(corrected);
    const second = await judge(corrected, retry.results, ordered);
    if (second.counts && second.weak.length < verdict.weak.length) return { response: retry, corrected };
  }
  // Junk only (`a` for `Avya`): no results, and no filter counts that promise some.
  if (!verdict.counts) return { response: { results: [], filters: {} } };
  if (typos.length === 0) return { response: first };
  // Near misses, uncorrected: the ones near the best score. (The filter counts are Pagefind's, so they may count a few left out.)
  const best = Math.max(...first.results.map((result) => result.score));
  return { response: { ...first, results: first.results.filter((result) => result.score >= best * MIN_SCORE_SHARE) } };
}
