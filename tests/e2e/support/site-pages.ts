/** What the built site contains, read from the content files the tests also check against. */
import { codeListings } from '../../../src/post-body/post-body.ts';
import { readPublishedPosts } from '../../support/posts.ts';

export interface PostSource {
  id: string;
  title: string;
  codeBlocks: number;
  diagrams: number;
}

/** The published posts: a draft has no page. */
export const posts: PostSource[] = readPublishedPosts().map((post) => {
  const code = codeListings(post.parsed).length;
  return { id: post.id, title: String(post.frontmatter['title']), codeBlocks: code, diagrams: post.listings.length - code };
});

/** One page of each kind (scripts/lib/page-types.ts, which the audit runs on too). */
export { pageTypes } from '../../../scripts/lib/page-types.ts';
