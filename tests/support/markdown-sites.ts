/**
 * The Jekyll and Hugo test sites (tests/fixtures/jekyll/, tests/fixtures/hugo/,
 * each with its CASES.md), and what their tests share: an empty site to
 * import into, the real import command, a snapshot of what a run wrote, and
 * each imported post read back the way the site reads a `.md` post (its
 * frontmatter through the site's schema, its body as CommonMark with GFM).
 *
 * `importMarkdownFixtureSites(dir)` brings both sites into a copy of the
 * site, as an author bringing two blogs across would: what a build test of
 * the imported posts starts from, once `.md` posts build.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Nodes, Root } from 'mdast';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';
import { ROOT } from '../../scripts/lib/repo.ts';
import { migratedTagRegistry } from './posts.ts';
import { IMPORT } from './import-command.ts';
import { postSchema, type PostData } from '../../src/collections/schemas.ts';
import { parseMarkdown } from '../../src/importers/markdown-site/body.ts';
import { planSiteImport, type MarkdownSitePlan, type MarkdownSitePost } from '../../src/importers/markdown-site/import-plan.node.ts';
import { readMarkdownSite } from '../../src/importers/markdown-site/read-site.node.ts';

export const JEKYLL_SITE = join(ROOT, 'tests/fixtures/jekyll');
export const HUGO_SITE = join(ROOT, 'tests/fixtures/hugo');

/**
 * A site root with no posts to import into, and the tag registry as the eight
 * migrated posts have it: not as imports or new posts may have grown it
 * (tests/build/new-post.test.ts runs these tests over such a site).
 */
export function emptySite(): string {
  const root = mkdtempSync(join(tmpdir(), 'md-import-'));
  mkdirSync(join(root, 'content/posts'), { recursive: true });
  writeFileSync(join(root, 'content/tags.yaml'), migratedTagRegistry());
  return root;
}

/** The plan for a fixture site, imported into `root` (an empty site unless given). */
export function planOf(folder: string, root = emptySite()): MarkdownSitePlan {
  return planSiteImport(readMarkdownSite(folder, root), { root });
}

export { runImport, snapshot } from './import-command.ts';

/** Both fixture sites imported into the site copy at `dir` by the real command, Jekyll then Hugo. */
export async function importMarkdownFixtureSites(dir: string): Promise<void> {
  for (const site of [JEKYLL_SITE, HUGO_SITE]) await promisify(execFile)(process.execPath, [IMPORT, site, '--root', dir]);
}

/** An imported post read back: its frontmatter as the schema takes it, its body as the site parses a `.md` post. */
export class ReadPost {
  readonly post: MarkdownSitePost;
  readonly frontmatter: Record<string, unknown>;
  readonly body: string;
  readonly tree: Root;
  constructor(post: MarkdownSitePost) {
    this.post = post;
    const { frontmatter, content } = parseFrontmatter(post.text);
    this.frontmatter = frontmatter;
    this.body = content;
    this.tree = parseMarkdown(content);
  }
  get data(): PostData {
    return postSchema.parse(this.frontmatter);
  }
  nodes<T extends Nodes>(type: T['type']): T[] {
    const found: T[] = [];
    visit(this.tree, type, (node) => void found.push(node as T));
    return found;
  }
  /** Each fence's language, options and lines. */
  get fences() {
    return this.nodes<Extract<Nodes, { type: 'code' }>>('code').map((code) => ({ lang: code.lang, meta: code.meta, lines: code.value.split('\n') }));
  }
  /** Each link's text and address. */
  get links(): Array<[string, string]> {
    return this.nodes<Extract<Nodes, { type: 'link' }>>('link').map((link) => [
      link.children.map((child) => ('value' in child ? child.value : '')).join(''),
      link.url,
    ]);
  }
  get images(): Array<[string, string]> {
    return this.nodes<Extract<Nodes, { type: 'image' }>>('image').map((image) => [image.url, image.alt ?? '']);
  }
  /** The text a reader reads as prose: outside listings, inline code and HTML. */
  get prose(): string {
    const texts: string[] = [];
    visit(this.tree, (node) => {
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return 'skip';
      if (node.type === 'text') texts.push(node.value);
      return undefined;
    });
    return texts.join(' ');
  }
  get inlineCode(): string[] {
    return this.nodes<Extract<Nodes, { type: 'inlineCode' }>>('inlineCode').map((code) => code.value);
  }
  /** The lines of the body that stand alone in a paragraph, as the `.md` pipeline sees a YouTube line. */
  get ownLines(): string[] {
    return this.tree.children
      .filter((node) => node.type === 'paragraph')
      .map((node) => this.body.slice(node.position!.start.offset, node.position!.end.offset));
  }
}

/** The posts of a plan, read back, by the end of their source's path (`2016-02-02-ahv-bond-modes.md`). */
export function readPosts(plan: MarkdownSitePlan): (source: string) => ReadPost {
  const read = new Map(plan.posts.map((post) => [post.source, new ReadPost(post)]));
  return (source) => {
    const found = [...read].find(([name]) => name.endsWith(source));
    if (!found) throw new Error(`no post from ${source}: ${[...read.keys()].join(', ')}`);
    return found[1];
  };
}
