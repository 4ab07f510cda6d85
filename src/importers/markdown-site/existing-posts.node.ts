/**
 * The posts the site already has, as an import into it must see them: a
 * file it wrote before (its frontmatter says `# Imported from <source>`, or
 * it redirects the post's old address) keeps its slug, so a second run
 * writes the same files; any other post's slug is taken, and its old URLs
 * are claimed, so an import never writes a second post at one address nor
 * an old URL another post redirects.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listField, readMarkdownFile } from './front-matter.ts';

export interface ExistingPost {
  slug: string;
  /** `.md` or `.mdx`: an import of a Markdown site writes only `.md`. */
  markdown: boolean;
  /** The source its import comment names (`Jekyll post _posts/…`), when an import wrote it. */
  importedFrom: string | undefined;
  redirectFrom: string[];
}

export function readExistingPosts(root: string): ExistingPost[] {
  const dir = join(root, 'content/posts');
  if (!existsSync(dir)) return [];
  const posts: ExistingPost[] = [];
  for (const name of readdirSync(dir).sort()) {
    const slug = /^(.+)\.mdx?$/.exec(name)?.[1];
    if (!slug) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const importedFrom = /^# Imported from ([^,\n]*)/m.exec(text.slice(0, 2000))?.[1];
    let redirectFrom: string[] = [];
    try {
      redirectFrom = listField(readMarkdownFile(text).data['redirectFrom']);
    } catch {
      // a post the build will refuse anyway, naming it
    }
    posts.push({ slug, markdown: name.endsWith('.md'), importedFrom, redirectFrom });
  }
  return posts;
}
