/**
 * What finding the network's names costs on the corpus: the entity pages and
 * the listings' marks, timed outside the build.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { analyseBody, bodyFormatOf } from '../../src/post-body/post-body.ts';
import { isDiagramLang } from '../../src/code-block-core/fence-languages.ts';
import { listingMarks } from '../../src/network-names/entity-marks-transformer.ts';
import { entityPages } from '../../src/network-names/entity-pages.ts';

export interface EntityCost {
  seconds: number;
  /** The entity pages the corpus makes. */
  pages: number;
}

/**
 * What finding the network's names costs, timed here on the corpus rather than inside the build (the build
 * finds them twice, in two module graphs: for the entity pages, and in the highlighter for the marks).
 */
export function entityCost(dir: string): EntityCost {
  const folder = join(dir, 'content/posts');
  const bodies = readdirSync(folder).map((file) => {
    const text = readFileSync(join(folder, file), 'utf8');
    return { id: file, title: file, entities: true, body: analyseBody(parseFrontmatter(text, { frontmatter: 'remove' }).content, bodyFormatOf(file)) };
  });
  const start = performance.now();
  const pages = entityPages(bodies).length;
  for (const { body } of bodies) for (const listing of body.listings) if (!isDiagramLang(listing.lang)) listingMarks(listing.lang, listing.lines.join('\n'));
  return { seconds: (performance.now() - start) / 1000, pages };
}
