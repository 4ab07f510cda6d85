/**
 * The words of the posts, for the search page's spelling correction
 * (spelling.ts): lower-cased, at least four characters,
 * letters first; technical words keep their dots and hyphens (ovs-vsctl).
 */
export function searchVocabulary(texts: string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    for (const match of text.toLowerCase().matchAll(/[\p{L}][\p{L}\p{N}]*(?:[.-][\p{L}\p{N}]+)*/gu)) {
      if (match[0].length >= 4 && match[0].length <= 40) words.add(match[0]);
    }
  }
  return [...words].sort();
}
