/** Reads the posts as files (frontmatter + fenced listings), for tests that check content without building. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(import.meta.dirname, '../..');
export const POSTS_DIR = join(ROOT, 'content/posts');
export const SOURCE_NOTES = join(ROOT, 'tests/fixtures/source-notes.txt');

export interface Listing {
  lang: string;
  meta: string;
  lines: string[];
  /** 1-based line of the opening fence in the post file. */
  line: number;
}

export interface PostFile {
  id: string;
  file: string;
  raw: string;
  frontmatterText: string;
  frontmatter: Record<string, unknown>;
  body: string;
  listings: Listing[];
}

export function splitFrontmatter(raw: string): { frontmatterText: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(raw);
  if (!match) throw new Error('no frontmatter');
  return { frontmatterText: match[1]!, body: raw.slice(match[0].length) };
}

export function extractListings(text: string): Listing[] {
  const lines = text.split('\n');
  const listings: Listing[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,})(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const fence = open[1]!;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !lines[i]!.startsWith(fence); i++) body.push(lines[i]!);
    listings.push({ lang: open[2]!, meta: open[3]!, lines: body, line: start + 1 });
  }
  return listings;
}

export function readPosts(): PostFile[] {
  return readdirSync(POSTS_DIR)
    .filter((name) => /\.mdx?$/.test(name))
    .sort()
    .map((name) => {
      const file = join(POSTS_DIR, name);
      const raw = readFileSync(file, 'utf8');
      const { frontmatterText, body } = splitFrontmatter(raw);
      return {
        id: name.replace(/\.mdx?$/, ''),
        file,
        raw,
        frontmatterText,
        frontmatter: parse(frontmatterText) as Record<string, unknown>,
        body,
        listings: extractListings(body),
      };
    });
}
