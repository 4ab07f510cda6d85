/**
 * Hands the build's redirects (redirect-list.ts) to the hosting integration,
 * which writes `_redirects` when the pages are done
 * (src/host-config/hosting-integration.ts). The redirect pages' route lists them
 * in every build and hands them over here. Through globalThis, as the social
 * cards' registry does: the pages run as Astro's bundled build of src/, the
 * integration from astro.config.mjs, in one process with two copies of every
 * module.
 */
import type { Redirect } from './redirect-list.ts';

type Receiver = (redirects: readonly Redirect[]) => void;

const RECEIVER = Symbol.for('field-notes:redirects');
type WithReceiver = { [RECEIVER]?: Receiver | undefined };

/** The integration, at the start of a build; undefined at its end. */
export function receiveRedirects(receiver: Receiver | undefined): void {
  (globalThis as WithReceiver)[RECEIVER] = receiver;
}

/** The pages: every redirect of the build (nothing listens in `astro dev`). */
export function handOverRedirects(redirects: readonly Redirect[]): void {
  (globalThis as WithReceiver)[RECEIVER]?.(redirects);
}
