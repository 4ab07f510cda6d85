/** One page of each kind of the built site: the browser tests that run on every page type, and the Lighthouse audit (scripts/audit.ts). */
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
