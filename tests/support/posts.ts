/** Reads the posts as files (frontmatter + parsed body), for tests that check content without building. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { ROOT } from '../../scripts/lib/repo.ts';
import { analyseBody, bodyFormatOf, type Listing, type PostBody } from '../../src/post-body/post-body.ts';
import { toSlug } from '../../src/lib/slug.ts';

export { ROOT };
export const POSTS_DIR = join(ROOT, 'content/posts');
export const SOURCE_NOTES = join(ROOT, 'tests/fixtures/source-notes.txt');

/**
 * The eight posts that carry over the old blog (tests/fixtures/source-notes.txt),
 * with their titles, in file order. Checks of what the migration carried over
 * (its listings, dates, series, videos, the exact words and commands) are about
 * these posts and read them by name, so that the posts an author writes next
 * never break them; the general rules run on every post (readPosts).
 */
export const MIGRATED_POSTS = {
  'ahv-ovs-light-board-part-1': 'Light Board Series: AHV Open vSwitch Networking – Part 1',
  'ahv-ovs-light-board-part-3': 'Light Board Series: AHV Open vSwitch Networking – Part 3',
  'ahv-ovs-light-board-part-4': 'Light Board Series: AHV Open vSwitch Networking – Part 4',
  'all-things-open-2018': 'All Things Open 2018',
  'networking-exploration-nutanix-ahv': 'Networking Exploration in Nutanix AHV',
  'nutanix-ahv-best-practices-guide': 'Nutanix AHV Best Practices Guide',
  'nutanix-next-acropolis-kvm': 'Nutanix .NEXT Announcement – Acropolis and KVM',
  'vienna-avaya-technology-forum': 'Vienna Avaya Technology Forum',
} as const;
export type MigratedPostId = keyof typeof MIGRATED_POSTS;
export const MIGRATED_POST_IDS = Object.keys(MIGRATED_POSTS) as MigratedPostId[];
export const migratedPostFile = (id: MigratedPostId, dir = POSTS_DIR) => join(dir, `${id}.mdx`);

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

/** Every post of `dir`: the migrated ones and whatever the author has written since, drafts included. */
export function readPosts(dir = POSTS_DIR): PostFile[] {
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => readPostFile(join(dir, name)));
}

export const isDraft = (post: PostFile) => post.frontmatter['draft'] === true;

/** The posts the build publishes: every post but the drafts (src/collections/queries.ts). */
export const readPublishedPosts = (dir = POSTS_DIR): PostFile[] => readPosts(dir).filter((post) => !isDraft(post));

/** The eight migrated posts, by name; a missing one is an error that says which. */
export function readMigratedPosts(dir = POSTS_DIR): PostFile[] {
  return MIGRATED_POST_IDS.map((id) => {
    const file = migratedPostFile(id, dir);
    if (!existsSync(file)) throw new Error(`${file}: the migrated post "${id}" is missing (tests/support/posts.ts names the eight)`);
    return readPostFile(file);
  });
}

/**
 * content/tags.yaml with only the tags the eight migrated posts use (today, all
 * of it): the registry as it was before any post was written or imported, for
 * tests whose outcome depends on which tags exist (an import adds what is not).
 */
export function migratedTagRegistry(root = ROOT): string {
  const used = new Set(
    readMigratedPosts(join(root, 'content/posts'))
      .flatMap((post) => (post.frontmatter['tags'] as string[] | undefined) ?? [])
      .map(toSlug),
  );
  const [head = '', ...entries] = readFileSync(join(root, 'content/tags.yaml'), 'utf8').split(/^(?=- id: )/m);
  return head + entries.filter((entry) => used.has(/^- id: (\S+)/.exec(entry)![1]!)).join('');
}

/**
 * A throwaway content/ with this one's series and conferences, the tags of
 * migratedTagRegistry() and the eight migrated posts only, for tests that need
 * to know which posts and tags exist (which parts of a series are taken); the
 * caller removes it.
 */
export function migratedContentCopy(root = ROOT): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrated-content-'));
  for (const part of ['series', 'conferences']) cpSync(join(root, 'content', part), join(dir, 'content', part), { recursive: true });
  writeFileSync(join(dir, 'content/tags.yaml'), migratedTagRegistry(root));
  mkdirSync(join(dir, 'content/posts'));
  for (const id of MIGRATED_POST_IDS) cpSync(migratedPostFile(id, join(root, 'content/posts')), migratedPostFile(id, join(dir, 'content/posts')));
  return dir;
}
