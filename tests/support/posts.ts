/** Reads the posts as files (frontmatter + parsed body), for tests that check content without building. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ROOT } from '../../scripts/lib/repo.ts';
import { analyseBody, bodyFormatOf, type Listing, type PostBody } from '../../src/collections/post-body.ts';

export { ROOT };
export const POSTS_DIR = join(ROOT, 'content/posts');
export const SOURCE_NOTES = join(ROOT, 'tests/fixtures/source-notes.txt');

export interface PostFile {
  id: string;
  file: string;
  raw: string;
  frontmatterText: string;
  frontmatter: Record<string, unknown>;
  body: string;
  parsed: PostBody;
  listings: Listing[];
}

export function readPostFile(file: string, raw = readFileSync(file, 'utf8')): PostFile {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(raw, { frontmatter: 'remove' });
  const parsed = analyseBody(content, bodyFormatOf(file));
  return {
    id: file.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
    file,
    raw,
    frontmatterText: rawFrontmatter,
    frontmatter,
    body: content,
    parsed,
    listings: parsed.listings,
  };
}

export function readPosts(dir = POSTS_DIR): PostFile[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => readPostFile(join(dir, name)));
}
