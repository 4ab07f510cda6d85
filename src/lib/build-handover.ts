/**
 * Hand-overs from the pages to the integrations of one build. The pages run
 * as Astro's bundled build of src/, the integrations from astro.config.mjs:
 * one process with two copies of every module, so a module's own variable is
 * not shared between them, and a global is (Astro's own image pipeline hands
 * its images over the same way). This is the one module that uses it.
 *
 * Each hand-over is declared once, beside the type of what it carries:
 *
 *   export const redirectsHandover = buildHandover<(redirects: readonly Redirect[]) => void>('redirects');
 *
 * The integration opens it when a build starts and closes it when the build
 * is done; the pages ask for it, and get undefined when nothing listens
 * (`astro dev`, a unit test), so they can skip the work.
 */

export interface BuildHandover<T> {
  /** The integration, at the start of a build: what the pages will reach. */
  open(value: T): void;
  /** The integration, at the end of the build. */
  close(): void;
  /** The pages: what the integration opened, or undefined when no build listens. */
  current(): T | undefined;
}

/** `name` is the hand-over's key in the process: one name, one hand-over. */
export function buildHandover<T>(name: string): BuildHandover<T> {
  const key = Symbol.for(`field-notes:${name}`);
  const slots = globalThis as { [key]?: T | undefined };
  return {
    open: (value) => {
      slots[key] = value;
    },
    close: () => {
      delete slots[key];
    },
    current: () => slots[key],
  };
}
