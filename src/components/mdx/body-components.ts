/**
 * Components a post body uses by name, without an import (their names are
 * in names.ts). Every renderer of a post body passes them: the post page
 * (index.ts, postBodyComponents) and the feeds (src/feeds/post-feed-html.ts).
 * Kept apart from index.ts because the feeds must not import the headings,
 * whose <style> would then leave the post pages' stylesheet.
 */
import AudioFile from '../media/AudioFile.astro';
import VideoFile from '../media/VideoFile.astro';
import YouTubeFacade from '../media/YouTubeFacade.astro';
import type { BodyComponentName } from '../../post-body/component-names.ts';

// `satisfies`: a name without a component, or a component without a name, is a type error.
export const bodyComponents = { YouTube: YouTubeFacade, AudioFile, VideoFile } satisfies Record<BodyComponentName, unknown>;
