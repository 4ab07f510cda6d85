/**
 * Social cards in the build: pages ask for their card while they render
 * (card-registry.ts); each card not in the cache is drawn at once in a worker
 * thread, beside the page rendering; at the end of the build every card is
 * copied from the cache into `<outDir>/social-cards/`. Runs before the link
 * check, which follows every og:image.
 *
 * The cache lives in Astro's cacheDir (node_modules/.astro/social-cards/), so
 * deleting dist/ keeps it. What the build spent on cards is logged and kept
 * in last-build.json there, for `npm run bench`.
 *
 * `astro dev` draws a card when it is fetched, after its page asked for it.
 *
 * Pages that Astro's incremental build copies from the last build are not
 * rendered, so they ask for nothing: which card each page showed is kept in
 * page-cards.json in the cache, and a page that is in the build but asked
 * for no card gets the one it had (drawn again if the cache lost it).
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase, pathUnderBase } from '../lib/base-path.ts';
import { writeFileAtomic } from '../lib/files.node.ts';
import type { CardModel } from './card-model.ts';
import { cardRegistryHandover } from './card-registry.ts';
import { createCardRenderer, type CardRenderer } from './card-renderer.node.ts';

/** What a build spent on cards, as written to last-build.json. */
export interface CardBuildReport {
  cards: number;
  drawn: number;
  /** Time the workers spent drawing, summed. */
  drawSeconds: number;
  /** Time the end of the build spent on cards: waiting for the last ones, placing them all in the output. */
  finishSeconds: number;
}

export const CARD_REPORT_FILE = 'last-build.json';
/** Each page's card in the last build, by page (as Astro names pages: "posts/x/", "" for the home page). */
const PAGE_CARDS_FILE = 'page-cards.json';

/** A page's name as Astro's build names it, from its URL path: under the base path, no leading slash, a trailing one. */
export function pageName(path: string, base: string): string {
  const inSite = pathUnderBase(path, base) ?? path.replace(/^\//, '');
  return inSite === '' || inSite.endsWith('/') ? inSite : `${inSite}/`;
}

function readPageCards(cacheDir: string): Record<string, CardModel> {
  try {
    return JSON.parse(readFileSync(join(cacheDir, PAGE_CARDS_FILE), 'utf8')) as Record<string, CardModel>;
  } catch {
    return {};
  }
}

/**
 * A cached card into the output: a hard link where the cache and the output
 * share a file system (a thousand cards in a fraction of the time a copy
 * takes; a card is never written to once drawn), a copy where they do not.
 */
function placeCard(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

/**
 * Remembers each page's card and starts it. In a build, two different cards
 * for one URL is a bug; in `astro dev` a page rendered again after an edit
 * replaces its card.
 */
function trackCards(renderer: CardRenderer, { replace, base }: { replace: boolean; base: string }) {
  const cards = new Map<string, { model: CardModel; file: Promise<string> }>();
  /** Which card each page asked for, by page name. */
  const pages = new Map<string, CardModel>();
  return {
    cards,
    pages,
    request(model: CardModel, page: string) {
      pages.set(pageName(page, base), model);
      const known = cards.get(model.slug);
      if (known && !replace) {
        if (JSON.stringify(known.model) !== JSON.stringify(model)) throw new Error(`Two different social cards for "${model.slug}"`);
        return;
      }
      const file = renderer.render(model);
      // Failures surface when the build collects the cards; this keeps Node from calling them unhandled meanwhile.
      file.catch(() => {});
      cards.set(model.slug, { model, file });
    },
  };
}

export function socialCardsIntegration(): AstroIntegration {
  let cacheDir = '';
  let base = '/';
  let build: { renderer: CardRenderer; tracked: ReturnType<typeof trackCards> } | undefined;
  return {
    name: 'site:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), 'social-cards');
        base = normaliseBase(config.base);
      },
      'astro:build:start': () => {
        const renderer = createCardRenderer({ cacheDir });
        const tracked = trackCards(renderer, { replace: false, base });
        build = { renderer, tracked };
        cardRegistryHandover.open(tracked);
      },
      // The pages are rendered: the main thread has only the other integrations' work left, so every core may draw.
      'astro:build:generated': () => build?.renderer.widen(availableParallelism()),
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!build) return;
        const { renderer, tracked } = build;
        cardRegistryHandover.close();
        const finishStarted = performance.now();
        try {
          // Pages copied from the last build asked for nothing: they keep the card they had.
          const previous = readPageCards(cacheDir);
          for (const { pathname } of pages) {
            const had = previous[pathname];
            if (!tracked.pages.has(pathname) && had) tracked.request(had, `${base}${pathname}`);
          }
          writeFileAtomic(join(cacheDir, PAGE_CARDS_FILE), JSON.stringify(Object.fromEntries(tracked.pages)));
          const files = await Promise.all([...tracked.cards].map(async ([slug, { file }]) => [slug, await file] as const));
          const outDir = fileURLToPath(new URL('social-cards/', dir));
          // Each folder made once: thousands of cards share a few (a recursive mkdir per card cost a second at 2,000 cards).
          const made = new Set<string>();
          for (const [slug, file] of files) {
            const target = join(outDir, `${slug}.png`);
            const folder = dirname(target);
            if (!made.has(folder)) mkdirSync(folder, { recursive: true });
            made.add(folder);
            placeCard(file, target);
          }
          const stats = renderer.stats();
          const report: CardBuildReport = {
            cards: files.length,
            drawn: stats.drawn,
            drawSeconds: +(stats.drawMs / 1000).toFixed(2),
            finishSeconds: +((performance.now() - finishStarted) / 1000).toFixed(2),
          };
          writeFileSync(join(cacheDir, CARD_REPORT_FILE), JSON.stringify(report, null, 2));
          logger.info(
            `${report.cards} social cards, ${report.drawn} drawn (${report.drawSeconds} s in workers), ${report.cards - report.drawn} from the cache; ${report.finishSeconds} s spent at the end of the build (waiting, placing them)`,
          );
        } finally {
          await renderer.close();
          build = undefined;
        }
      },
      'astro:server:setup': ({ server }) => {
        const renderer = createCardRenderer({ cacheDir, workers: 1 });
        const tracked = trackCards(renderer, { replace: true, base });
        cardRegistryHandover.open(tracked);
        server.httpServer?.on('close', () => void renderer.close());
        const prefix = `${base}social-cards/`;
        server.middlewares.use(async (req, res, next) => {
          const path = req.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !path.endsWith('.png')) return next();
          const card = tracked.cards.get(decodeURIComponent(path.slice(prefix.length, -'.png'.length)));
          if (!card) return next();
          try {
            const png = readFileSync(await card.file);
            res.writeHead(200, { 'Content-Type': 'image/png', 'Content-Length': png.length, 'Cache-Control': 'no-cache' });
            res.end(png);
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
