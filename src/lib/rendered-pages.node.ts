/**
 * Astro's prerenderer, wrapped so that work which reads the built pages can
 * start on each page as it is rendered, not after the last one: the search
 * index (src/search/) hands each page to Pagefind, which indexes it in its
 * own process on the second core while Astro renders the next.
 *
 * The wrapper renders the pages in the order of their output files, sorted,
 * so a listener knows that every page before the one it is given has been
 * written (Astro renders one page at a time and writes it before the next,
 * or copies it from the last build without rendering it). The pages
 * themselves are rendered exactly as Astro's own prerenderer renders them.
 */
import type { AstroPrerenderer } from 'astro';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];
type RouteData = PathWithRoute['route'];

export interface RenderedPagesListener {
  /** Every HTML file the build will write, relative to the output folder, in the order they render; called before the first. */
  planned(files: readonly string[]): void;
  /** A page's HTML as rendered, with its file relative to the output folder. The page pass waits for the promise. */
  rendered(file: string, html: Uint8Array): Promise<void> | void;
}

/** Astro's "directory" build format: the file a page's pathname is written to, relative to the output folder; an endpoint writes none we read. */
export function pageFile(pathname: string, route: Pick<RouteData, 'type'>): string | undefined {
  if (route.type === 'endpoint') return pathname.endsWith('.html') ? pathname.replace(/^\//, '') : undefined;
  const name = pathname.replace(/^\/+|\/+$/g, '');
  if (name === '') return 'index.html';
  // Astro writes its status pages beside the others, not in a folder of their own.
  if (name === '404' || name === '500') return `${name}.html`;
  return `${name}/index.html`;
}

/** The pathname of a page's request, within the site (the base path taken off). */
function pathnameOf(request: Request, base: string): string {
  const pathname = decodeURI(new URL(request.url).pathname);
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : pathname;
}

/**
 * Wraps `astros` (the default prerenderer, from `setPrerenderer`'s callback) for `listener`. `base` is the
 * site's base path with its slashes ("/" or "/notes/").
 */
export function prerendererTellingPages(astros: AstroPrerenderer, base: string, listener: RenderedPagesListener): AstroPrerenderer {
  return {
    name: 'site:rendered-pages',
    setup: async () => astros.setup?.(),
    async getStaticPaths() {
      const keyed = (await astros.getStaticPaths()).map((path) => ({ path, file: pageFile(path.pathname, path.route) }));
      // Sorted by file: the order the listener is told, and the one the pages render in. Endpoints keep their place after the pages.
      keyed.sort((a, b) =>
        a.file === undefined || b.file === undefined
          ? Number(a.file === undefined) - Number(b.file === undefined)
          : a.file < b.file
            ? -1
            : a.file > b.file
              ? 1
              : 0,
      );
      listener.planned(keyed.flatMap(({ file }) => (file ? [file] : [])));
      return keyed.map(({ path }) => path);
    },
    async render(request, options) {
      const result = await astros.render(request, options);
      const response = result instanceof Response ? result : result.response;
      const file = pageFile(pathnameOf(request, base), options.routeData);
      if (!file || response.status !== 200 || !response.headers.get('content-type')?.includes('text/html')) return result;
      const html = new Uint8Array(await response.arrayBuffer());
      await listener.rendered(file, html);
      // The body is read: Astro gets the same bytes in a response of its own.
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
    ...(astros.collectStaticImages && { collectStaticImages: () => astros.collectStaticImages!() }),
    teardown: async () => astros.teardown?.(),
  };
}
