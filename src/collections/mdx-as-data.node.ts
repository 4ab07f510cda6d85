/**
 * MDX posts whose body is plain Markdown (src/post-body/plain-markdown.ts)
 * are rendered once, at the content sync, by the `.md` posts' renderer, and
 * kept as HTML in Astro's data store, as a `.md` post is. So they are data,
 * not modules: Vite bundles none of them, and a build after one edit renders
 * that one post again, where every post module would be bundled again. The
 * HTML is the same either way: the `.md` posts' plugin draws what our MDX
 * components draw (src/markdown-posts/markdown-post-plugin.ts), and
 * tests/build/mdx-as-data.test.ts compares the two.
 *
 * A body that uses components, expressions or images stays an MDX module,
 * rendered as it always was (and an unknown component still fails the build,
 * naming the file).
 *
 * How: Astro's glob loader renders an entry when its entry type has a render
 * function, and defers it to a module otherwise. This wrapper hands the glob
 * loader an `.mdx` entry type whose render function renders a plain body with
 * the `.md` renderer and returns nothing for the rest; an entry stored with
 * nothing rendered is stored as a module instead.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { plainMarkdownOf } from '../post-body/plain-markdown.ts';

interface RenderInput {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath: string;
  digest: string;
}
type RenderFunction = (input: RenderInput) => Promise<unknown>;
interface EntryType {
  getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderFunction>;
  [key: string]: unknown;
}
/** What Astro hands a loader besides the public context: the entry types by file extension. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, EntryType> };
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** The `.mdx` entry type, rendering plain bodies with the `.md` one's renderer. */
function mdxAsData(mdx: EntryType, md: EntryType): EntryType {
  const markdownRenderer = md.getRenderFunction!;
  return {
    ...mdx,
    getRenderFunction: async (config) => {
      const renderMarkdown = await markdownRenderer(config);
      return async (input) => {
        const body = input.body === undefined ? undefined : plainMarkdownOf(input.body);
        if (body === undefined) return undefined;
        const rendered = (await renderMarkdown({ ...input, body })) as { html: string };
        // The MDX module's HTML ends at its last element; the Markdown renderer's adds a line break.
        return { ...rendered, html: rendered.html.replace(/\n$/, '') };
      };
    },
  };
}

export function withMdxAsData(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const { entryTypes, store, logger } = context as ContextWithEntryTypes;
      const mdx = entryTypes?.get('.mdx');
      const md = entryTypes?.get('.md');
      if (!entryTypes || !mdx || !md?.getRenderFunction) {
        logger.warn('Astro no longer hands loaders its entry types: every MDX post is a module (src/collections/mdx-as-data.node.ts)');
        return loader.load(context);
      }
      const types = new Map(entryTypes).set('.mdx', mdxAsData(mdx, md));
      const set = (entry: StoredEntry) =>
        // Nothing rendered: the body is not plain Markdown, so it is an MDX module, rendered on the page.
        store.set(entry.filePath?.endsWith('.mdx') && !entry.rendered && !entry.deferredRender ? { ...entry, deferredRender: true } : entry);
      await loader.load({ ...context, store: { ...store, set }, entryTypes: types } as ContextWithEntryTypes);
    },
  };
}
