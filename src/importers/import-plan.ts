/**
 * What an import decides, whatever blog it reads: the posts to write (each
 * with its file, its media and what the author must still do), the items
 * set aside and why, and the tags to add. Each importer (wordpress/, and
 * markdown-site/ for Jekyll and Hugo) makes one; write-import.node.ts
 * carries it out and import-report.ts prints it.
 */

/** A file a post uses, to copy into the site. */
export interface PostFile {
  /** Where the import has it: the old site's uploads folder or the download cache. */
  from: string;
  /** Relative to the site's root: images beside the post (the image pipeline), other files under public/media/. */
  target: string;
}

export interface PlannedPost {
  /** Where it came from, for the report: `WordPress post 212`. */
  source: string;
  title: string;
  slug: string;
  /** Relative to the site's root: `content/posts/<slug>.mdx`. */
  file: string;
  text: string;
  files: PostFile[];
  draft: boolean;
  /** Why it is a draft, when the old blog had it published (or why it must stay one). */
  draftReasons: string[];
  /** What the author should look at, one entry per occurrence: the report counts the same one once. */
  problems: string[];
  redirectFrom: string[];
}

export interface SetAside {
  source: string;
  title: string;
  reason: string;
}

export interface RegistryTag {
  id: string;
  label: string;
  description: string;
}

/** How the posts' media files were had: the report's summary. */
export interface MediaSummary {
  downloaded: number;
  /** Downloaded by an earlier run, taken from the cache. */
  cached: number;
  /** Taken from a folder on disk: a WordPress uploads folder, or the Jekyll or Hugo site's own. */
  fromFolder: number;
  /** That folder, for the summary line: `the site folder` (a WordPress import: `the uploads folder`, the default). */
  folder?: string;
  /** Files the posts use that the import could not get (another site's included): a note stands in for each. */
  missing: number;
}

export interface ImportPlan<Post extends PlannedPost = PlannedPost> {
  posts: Post[];
  skipped: SetAside[];
  failed: SetAside[];
  newTags: RegistryTag[];
  media: MediaSummary;
  /** Lines about the whole import (comments left behind, items that are not posts). */
  notes: string[];
}
