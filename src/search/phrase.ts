/**
 * The phrase a reader typed, beyond its words: a result's sections that hold
 * the words one after another (`ovs-vsctl show`) are listed before those that
 * only hold each somewhere (`brctl show virbr0`), and a post opened from a
 * result is brought to the phrase (highlight.client.ts).
 */
import type { MatchData } from './hit-strength.ts';
import { phraseRanges } from './tokens.ts';

/** Whether the words Pagefind matched (`locations`, words of `raw_content` split as Pagefind splits them) hold the phrase of `terms`. */
export function holdsPhrase(data: MatchData, terms: readonly string[]): boolean {
  if (terms.length < 2) return false;
  const words = (data.raw_content ?? data.content).split(/[^\S\uFEFF]+/);
  return data.locations.some((at) => {
    const first = words[at] ?? '';
    // The phrase begins in the matched word, and may run on into the words after it.
    const [range] = phraseRanges(words.slice(at, at + terms.length).join(' '), terms);
    return range !== undefined && range[0] < first.length;
  });
}

/** A result's `sections` (their matched words are positions in the result's text) with those that hold the phrase first, each group in Pagefind's order. */
export function phraseFirst<S extends { locations: number[] }>(result: Omit<MatchData, 'locations'>, sections: readonly S[], terms: readonly string[]): S[] {
  const holds = (section: S) => holdsPhrase({ ...result, locations: section.locations }, terms);
  const holding = sections.filter(holds);
  return [...holding, ...sections.filter((section) => !holding.includes(section))];
}
