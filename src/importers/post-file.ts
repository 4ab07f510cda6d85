/**
 * An imported post's file, for every importer: its slug, unique in the
 * import, and its text, frontmatter in the order the site's own posts use
 * (strings JSON-quoted, which YAML reads as written), then the body.
 */

/** `slug`, or `slug-2`, `slug-3`… when another post of the import has it; the one returned is added to `taken`. */
export function uniqueSlug(slug: string, taken: Set<string>): string {
  let unique = slug;
  for (let n = 2; taken.has(unique); n++) unique = `${slug.replace(/-\d+$/, '')}-${n}`;
  taken.add(unique);
  return unique;
}

export interface PostFields {
  title: string;
  description: string;
  pubDate: string;
  updatedDate: string | undefined;
  tags: string[];
  author: string | undefined;
  draft: boolean;
  redirectFrom: string[];
  /** Where it came from, for a comment in the frontmatter: `WordPress post 212, publish, https://…`. */
  source: string;
  body: string;
}

export function postFile(post: PostFields): string {
  const q = (text: string) => JSON.stringify(text);
  return [
    '---',
    `title: ${q(post.title)}`,
    `description: ${q(post.description)}`,
    `# Imported from ${post.source.replace(/\n/g, ' ')}`,
    `pubDate: ${post.pubDate}`,
    ...(post.updatedDate ? [`updatedDate: ${post.updatedDate}`] : []),
    `tags: [${post.tags.join(', ')}]`,
    ...(post.author ? [`author: ${q(post.author)}`] : []),
    ...(post.redirectFrom.length > 0 ? ['redirectFrom:', ...post.redirectFrom.map((path) => `  - ${q(path)}`)] : []),
    ...(post.draft ? ['draft: true'] : []),
    '---',
    '',
    post.body,
  ].join('\n');
}
