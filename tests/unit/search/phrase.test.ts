/** The typed phrase in a text (tokens.ts phraseRanges) and in a result's matched words (phrase.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phraseRanges, searchTerms } from '../../../src/search/tokens.ts';
import { holdsPhrase, phraseFirst } from '../../../src/search/phrase.ts';

const phrases = (text: string, query: string) => phraseRanges(text, searchTerms(query)).map(([start, end]) => text.slice(start, end));

test('the words one after another, however the text joins them; not each somewhere', () => {
  assert.deepEqual(phrases('[root@host ~]# ovs-vsctl show\nBridge "br0"', 'ovs-vsctl show'), ['ovs-vsctl show']);
  assert.deepEqual(phrases('brctl show virbr0, then ovs-vsctl list-br', 'ovs-vsctl show'), []);
  // The last term may begin a token, as Pagefind matches it: 2 in 255.
  assert.deepEqual(phrases('inet addr:192.168.5.2  Bcast:192.168.5.255', '192 168 5 2'), ['192.168.5.2', '192.168.5.255']);
  assert.deepEqual(phrases('inet addr:10.59.30.82', '192 168 5 2'), []);
  assert.deepEqual(phrases('Open vSwitch and open  VSWITCH', 'open vswitch'), ['Open vSwitch', 'open  VSWITCH']);
  assert.deepEqual(phrases('the Avaya forum', 'avay forum'), ['Avaya forum'], 'the last word may be a beginning, as Pagefind matches it');
  assert.deepEqual(phrases('virbr0 show', 'br0 show'), [], 'never the end of a token');
  assert.deepEqual(phrases('ovs-vsctl show', 'show'), [], 'one word is no phrase');
});

test("a section holds the phrase when its matched words do; such sections come first, each group in Pagefind's order", () => {
  const content = 'The Linux bridge virbr0. brctl show virbr0 lists it. Open vSwitch. ovs-vsctl show prints the bridges.';
  const words = content.split(' ');
  const at = (word: string) => words.indexOf(word);
  const terms = searchTerms('ovs-vsctl show');
  const virbr0 = { title: 'virbr0', locations: [at('show')] };
  const ovs = { title: 'ovs', locations: [at('ovs-vsctl'), words.lastIndexOf('show')] };
  assert.equal(holdsPhrase({ content, ...virbr0 }, terms), false);
  assert.equal(holdsPhrase({ content, ...ovs }, terms), true);
  assert.deepEqual(
    phraseFirst({ content }, [virbr0, ovs], terms).map((s) => s.title),
    ['ovs', 'virbr0'],
  );
  assert.deepEqual(
    phraseFirst({ content }, [virbr0, ovs], searchTerms('show')).map((s) => s.title),
    ['virbr0', 'ovs'],
  );
});
