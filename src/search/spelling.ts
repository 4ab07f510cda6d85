/**
 * Pagefind matches words and word prefixes, not misspellings. When a query's
 * best result is weak (hit-strength.ts), each weak word is compared with the
 * site's own vocabulary (`/search-words.json`, built from the posts) and the
 * closest word within two edits is offered instead, and said to be so.
 */

/** Damerau–Levenshtein distance (adjacent transpositions count as one edit), capped for speed. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/** The closest vocabulary word to `word`, if one is within reach (1 edit for short words, 2 for longer). */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (vocabulary.includes(lower)) return undefined;
  const allowed = lower.length <= 4 ? 1 : 2;
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    const distance = editDistance(lower, candidate, allowed);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}

/** `word` spelt in the case the reader typed `typed` in: `Avya` gives `Avaya`, `AVYA` gives `AVAYA`. */
export function inCaseOf(typed: string, word: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return word.toUpperCase();
  if (typed[0] !== typed[0]?.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}

/**
 * The query with each of `weak` (by default every word) replaced by its
 * correction, in the case it was typed in, or undefined when nothing changes.
 */
export function correctQuery(query: string, vocabulary: readonly string[], weak?: readonly string[]): string | undefined {
  let changed = false;
  const corrected = query
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const fix = !weak || weak.includes(word) ? closestWord(word, vocabulary) : undefined;
      if (fix) changed = true;
      return fix ? inCaseOf(word, fix) : word;
    })
    .join(' ');
  return changed ? corrected : undefined;
}
