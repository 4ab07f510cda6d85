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

/** One page of each kind, for checks that run on every page type. */
export const pageTypes = {
  home: '/',
  post: '/posts/networking-exploration-nutanix-ahv/',
  tag: '/tags/open-vswitch/',
  tags: '/tags/',
  series: '/series/ahv-ovs-light-board/',
  conference: '/conferences/all-things-open-2018/',
  archive: '/archive/',
  allPosts: '/posts/',
  allSeries: '/series/',
  allConferences: '/conferences/',
  about: '/about/',
  entity: '/entities/bridge/br0/',
  entities: '/entities/',
  notFound: '/no-such-page/',
} as const;
