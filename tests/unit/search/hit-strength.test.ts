/** How well a result hits the words of a query (src/search/hit-strength.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anyCounts, termStrength, weakWords } from '../../../src/search/hit-strength.ts';
import { wordMatch } from '../../../src/search/tokens.ts';

// The words are as Pagefind returned them from the built index for these queries (tests/build/search-index.test.ts runs the real searches).
test('a matched word is a hit when it begins with the term, a near miss when it shares 3+ first letters, else a miss', () => {
  assert.deepEqual(wordMatch('ovsvsctl', 'ovs-vsctl'), { whole: true, prefix: 8 });
  assert.deepEqual(wordMatch('openvswitch', "type='openvswitch'>"), { whole: true, prefix: 11 });
  assert.deepEqual(wordMatch('avay', 'Avaya’s'), { whole: true, prefix: 4 });
  assert.deepEqual(wordMatch('openvswich', 'Open'), { whole: false, prefix: 4 });
  assert.deepEqual(wordMatch('br0', 'virbr0'), { whole: false, prefix: 0 });
  assert.equal(termStrength('avya', ['a', 'A']), 'miss');
  assert.equal(termStrength('ifconfg', ['If']), 'miss');
  assert.equal(termStrength('openvswich', ['Open', 'open']), 'near');
  assert.equal(termStrength('configured', ['configuration.', 'configuration']), 'near');
  assert.equal(termStrength('brctl', ['brctl']), 'hit');
});

test('the words of a query its best result does not really hit are weak; junk alone counts for nothing', () => {
  assert.deepEqual(weakWords('Avya', ['a', 'A']), ['Avya']);
  assert.equal(anyCounts('Avya', ['a', 'A']), false);
  assert.deepEqual(weakWords('openvswich', ['Open', 'open']), ['openvswich']);
  assert.equal(anyCounts('openvswich', ['Open', 'open']), true);
  assert.deepEqual(weakWords('Hilton Viena', ['Hilton']), ['Viena']);
  assert.deepEqual(weakWords('Avya forum', ['Forum.', 'a', 'Forum']), ['Avya']);
  // Searched as Pagefind searches them: dotted numbers as their parts, punctuation dropped.
  assert.deepEqual(weakWords('10.59.31.77 eth2.32', ['10.59.31.77', 'eth2.32']), []);
  assert.deepEqual(weakWords('52:54:00:9c:d8:cd ovs-vsctl', ['52:54:00:9c:d8:cd', 'ovs-vsctl']), []);
});
