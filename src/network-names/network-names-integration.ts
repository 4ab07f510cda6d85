/**
 * Prints the build's report of diagram-only entities (entity-report.ts) when
 * the pages are done: info lines, `[site:network-names] content/posts/x.mdx: …`.
 */
import type { AstroIntegration } from 'astro';
import { diagramOnlyHandover, diagramOnlyReport, type DiagramOnlyPost } from './entity-report.ts';

export function networkNamesIntegration(): AstroIntegration {
  let posts: readonly DiagramOnlyPost[] = [];
  return {
    name: 'site:network-names',
    hooks: {
      'astro:build:start': () => {
        posts = [];
        diagramOnlyHandover.open((list) => (posts = list));
      },
      'astro:build:done': ({ logger }) => {
        diagramOnlyHandover.close();
        for (const line of diagramOnlyReport(posts)) logger.info(line);
      },
    },
  };
}
