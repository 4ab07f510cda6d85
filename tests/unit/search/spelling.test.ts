/** Spelling correction (src/search/spelling.ts) from the posts' own vocabulary (src/search/vocabulary.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closestWord, correctQuery, editDistance, inCaseOf } from '../../../src/search/spelling.ts';
import { searchVocabulary } from '../../../src/search/vocabulary.ts';
import { SEARCH_TYPOS } from '../../fixtures/search-typos.ts';
import { readMigratedPosts } from '../../support/posts.ts';

/**
 * The vocabulary as the build writes it (src/pages/search-words.json.ts) from each post's title, description and body,
 * of the eight migrated posts (tests/support/posts.ts): the typos below are of their words, and a word of a post
 * written since may lie nearer to one, which is no fault of the spelling.
 */
const vocabulary = searchVocabulary(readMigratedPosts().map((p) => `${String(p.frontmatter['title'])} ${String(p.frontmatter['description'])} ${p.body}`));

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('antonopoulos', 'antonopoulos'), 0);
  assert.equal(editDistance('antonopolous', 'antonopoulos'), 2);
  assert.equal(editDistance('vswtich', 'vswitch'), 1);
  assert.ok(editDistance('kvm', 'networking') > 2);
});

test("a misspelt word is corrected from the posts' own vocabulary", () => {
  assert.ok(vocabulary.includes('antonopoulos'));
  assert.ok(vocabulary.includes('ovs-vsctl'));
  assert.equal(closestWord('Antonopolous', vocabulary), 'antonopoulos');
  assert.equal(correctQuery('hypervisr', vocabulary), 'hypervisor');
  assert.equal(correctQuery('bridge', vocabulary), undefined);
});

test("each misspelt query of the list gets its correction from the posts' words, in the case it was typed in", () => {
  for (const typo of SEARCH_TYPOS) assert.equal(correctQuery(typo.query, vocabulary), typo.correction, `${typo.query} (${typo.slip})`);
  assert.equal(inCaseOf('AVYA', 'avaya'), 'AVAYA');
  assert.equal(inCaseOf('aVya', 'avaya'), 'avaya');
  // Only the words the search found weak are corrected.
  assert.equal(correctQuery('Hilton Viena', vocabulary, ['Viena']), 'Hilton Vienna');
  assert.equal(correctQuery('Viena', vocabulary, []), undefined);
});
