/** What the built site contains, read from the content files the tests also check against. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const postsDir = join(import.meta.dirname, '../../content/posts');

export interface PostSource {
  id: string;
  title: string;
  codeBlocks: number;
  diagrams: number;
}

export const posts: PostSource[] = readdirSync(postsDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => {
    const text = readFileSync(join(postsDir, name), 'utf8');
    const title = /^title:\s*"(.*)"\s*$/m.exec(text)?.[1] ?? '';
    const fences = text.split('\n').filter((line) => /^```\S/.test(line));
    const diagrams = fences.filter((line) => line.startsWith('```dot')).length;
    return { id: name.replace(/\.mdx$/, ''), title, codeBlocks: fences.length - diagrams, diagrams };
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
  notFound: '/no-such-page/',
} as const;
