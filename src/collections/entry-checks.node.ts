/**
 * Checks on each content file before its schema runs, for mistakes the
 * schema cannot see:
 * - a `YYYY-MM-DD` value that is not a real calendar day (calendar-dates.ts);
 * - two files that resolve to the same id (and so the same URL), e.g.
 *   `post.mdx` beside `post/index.mdx`. Astro only warns, and not reliably
 *   when the files load concurrently;
 * - for posts, a file that is neither Markdown nor MDX (see postFileProblem),
 *   and an image beside the post that is not there (missingImageProblem).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { findImpossibleDates, yamlPartOf } from './calendar-dates.ts';
import { analyseBody, bodyFormatOf } from '../post-body/post-body.ts';

/**
 * Posts are Markdown (`.md`) or MDX (`.mdx`). Anything else in content/posts/
 * (a `.markdown`, a `.txt`) would be read by no one: it is refused by name.
 */
export function postFileProblem(file: string): string | undefined {
  if (/\.mdx?$/.test(file)) return undefined;
  return `${file}: posts are .md (Markdown) or .mdx (MDX) files: rename it to ${file.replace(/\.[^./]+$/, '.md')}`;
}

/**
 * An image of the post's body that is not there. Checked here, as the file
 * loads: later, Astro's image pipeline stops the build at a missing image
 * without naming the post that asked for it.
 */
export function missingImageProblem(file: string, text: string): string | undefined {
  // Most posts have no image: they are spared a parse of their body at every content sync.
  if (!text.includes('![') && !text.includes('<img')) return undefined;
  const body = text.replace(/^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/, '');
  const bodyStart = text.slice(0, text.length - body.length).split('\n').length - 1;
  for (const image of analyseBody(body, bodyFormatOf(file)).images) {
    // Only files beside the post: an address is another site's, a path from the root is one of public/.
    if (/^[a-z][\w+.-]*:|^\/|^#/i.test(image.src)) continue;
    let path: string;
    try {
      path = decodeURI(image.src.split(/[?#]/)[0]!);
    } catch {
      path = image.src;
    }
    if (!existsSync(join(dirname(file), path))) {
      return `${file}:${bodyStart + image.line}: image "${image.src}" is not there (no file ${join(dirname(file), path)})`;
    }
  }
  return undefined;
}

interface EntryCheckOptions {
  /** A rule on the file itself, e.g. its type (postFileProblem). */
  fileProblem?: (file: string) => string | undefined;
  /** A rule on the file's text (missingImageProblem). */
  textProblem?: (file: string, text: string) => string | undefined;
  /** The loader's folder, from the project root: a rendering error names the file within it. */
  folder?: string;
}

/**
 * Astro's glob loader renders each `.md` entry as it loads it, and on an
 * error only logs it and stores the entry with no body: the page would be
 * published empty. The loader's errors are collected instead, and the load
 * fails with them, naming each file.
 */
function failingOnErrors(logger: LoaderContext['logger'], folder: string | undefined) {
  const errors: string[] = [];
  const collecting: LoaderContext['logger'] = Object.assign(Object.create(Object.getPrototypeOf(logger) as object) as LoaderContext['logger'], logger, {
    error: (message: string) => {
      const rendering = /^Error rendering (.+?): ([\s\S]*)$/.exec(message);
      errors.push(rendering ? `${folder ? `${folder}/` : ''}${rendering[1]}: ${rendering[2]}` : message);
    },
  });
  return { logger: collecting, errors };
}

/** Wraps a file-based loader so every entry is checked before its schema runs. */
export function withEntryChecks(loader: Loader, options: EntryCheckOptions = {}): Loader {
  return {
    ...loader,
    name: `${loader.name}-checked`,
    load: async (context) => {
      const fileOfId = new Map<string, string>();
      const { logger, errors } = failingOnErrors(context.logger, options.folder);
      await loader.load({
        ...context,
        logger,
        parseData: async (props) => {
          if (props.filePath) {
            const file = relative(process.cwd(), props.filePath);
            const fileProblem = options.fileProblem?.(file);
            if (fileProblem) throw new Error(fileProblem);
            const other = fileOfId.get(props.id);
            if (other && other !== file && existsSync(other)) {
              throw new Error(`${file}: id: "${props.id}" is also the id of ${other}; two entries cannot share a slug`);
            }
            fileOfId.set(props.id, file);
            const text = readFileSync(props.filePath, 'utf8');
            const [problem] = findImpossibleDates(yamlPartOf(text, props.filePath));
            if (problem) {
              throw new Error(`${file}: ${problem.field}: "${problem.value}" is not a calendar date (write YYYY-MM-DD)`);
            }
            const textProblem = options.textProblem?.(file, text);
            if (textProblem) throw new Error(textProblem);
          }
          return context.parseData(props);
        },
      });
      if (errors.length > 0) throw new Error(errors.join('\n'));
    },
  };
}
