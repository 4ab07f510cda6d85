/** The author in JSON-LD (src/author/structured-data.ts), from AUTHOR (src/config/site.ts) with every field set or unset. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { type Author, AUTHOR, SITE } from '../../../src/config/site.ts';
import { authorPerson, guestAuthorOf, postAuthorPerson } from '../../../src/author/structured-data.ts';

const ABOUT = 'https://notes.example.org/about/';
const unknown: Author = { bio: [], links: [] };
const known: Author = {
  name: 'Ada Example',
  role: 'Solutions architect',
  employer: 'Example Corp',
  bio: ['Writes about networks.'],
  links: [{ label: 'Mastodon', url: 'https://social.example/@ada' }],
  email: 'ada@example.org',
};

test('the site’s author is a Person with what is known of them, and nobody while they have no name', () => {
  assert.deepEqual(authorPerson(known, ABOUT), {
    '@type': 'Person',
    name: 'Ada Example',
    url: ABOUT,
    jobTitle: 'Solutions architect',
    worksFor: { '@type': 'Organization', name: 'Example Corp' },
    sameAs: ['https://social.example/@ada'],
  });
  assert.deepEqual(authorPerson({ ...unknown, name: 'Ada Example' }, ABOUT), { '@type': 'Person', name: 'Ada Example', url: ABOUT });
  assert.equal(authorPerson({ ...known, name: undefined }, ABOUT), undefined);
  assert.equal(authorPerson(unknown, ABOUT), undefined);
});

test('a post’s guest author is named as a Person; otherwise the post’s author is the site’s', () => {
  assert.deepEqual(postAuthorPerson('Sam Guest', unknown, ABOUT), { '@type': 'Person', name: 'Sam Guest' });
  assert.deepEqual(postAuthorPerson(undefined, known, ABOUT), authorPerson(known, ABOUT));
  assert.equal(postAuthorPerson(undefined, unknown, ABOUT), undefined);
  assert.equal(guestAuthorOf('Sam Guest', known), 'Sam Guest');
  assert.equal(guestAuthorOf('Ada Example', known), undefined, 'the site’s own author is no guest');
  assert.equal(guestAuthorOf('Sam Guest', unknown), 'Sam Guest');
  assert.equal(guestAuthorOf(undefined, known), undefined);
  assert.equal(guestAuthorOf('', known), undefined);
});

test('the site’s title is never given as a person', () => {
  assert.notEqual(AUTHOR.name, SITE.title);
  assert.notEqual(authorPerson(AUTHOR, ABOUT)?.name, SITE.title);
});
