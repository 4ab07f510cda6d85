/**
 * A Jekyll or Hugo site as the import reads it: its posts with what their
 * front matter and file names say, where the old site had each (its old
 * paths), its other pages (not imported), and the two things only the
 * site's own reader knows: its template language, and where a path of the
 * old site is served from on disk. jekyll/ and hugo/ each make one;
 * import-plan.node.ts turns it into the import's plan.
 */
import type { SetAside } from '../import-plan.ts';
import type { WrittenDate } from './dates.ts';
import type { KeptTemplates } from './template-output.ts';

export interface SitePost {
  /** For the report and the post's frontmatter: `Jekyll post _posts/2016-02-02-bond-modes.md`. */
  source: string;
  /** The post's file. */
  path: string;
  /** Where the files it names by a relative path are looked for first: its own folder (a Hugo page bundle). */
  dir: string;
  title: string;
  /** The slug it asks for (the import makes it URL-safe and unique). */
  slug: string;
  date: WrittenDate;
  updated: WrittenDate | undefined;
  /** Its categories, then its tags, as the old site named them. */
  tags: string[];
  author: string | undefined;
  /** The description or excerpt its author wrote, as Markdown; undefined when none. */
  excerpt: string | undefined;
  /** Why the old site never showed it, when it did not (a draft, `published: false`, a date to come). */
  unpublished: string | undefined;
  /** Its address on the old site, from the old site's root (its base path left out). */
  oldPath: string | undefined;
  /** Its other old addresses (`redirect_from`, Hugo's `aliases`), likewise. */
  aliases: string[];
  /** The body as written, template tags and all. */
  body: string;
  /** What reading it found for the author to look at. */
  problems: string[];
}

export interface ExpandedBody {
  text: string;
  problems: string[];
}

export interface MarkdownSite {
  kind: 'Jekyll' | 'Hugo';
  /** The site's folder. */
  root: string;
  /** The old site's address with its base path, no trailing slash (`https://notes.example.net/lab`); undefined when the config does not say. */
  siteUrl: string | undefined;
  /** Where that address is set, for the report: `url in _config.yml`. */
  siteUrlSetting: string;
  /** The old site's base path, '' or `/lab`: its addresses start with it, old paths leave it out. */
  basePath: string;
  posts: SitePost[];
  /** The site's other pages (not imported), by their file: where the old site served each, from its root. */
  pages: ReadonlyMap<string, string>;
  skipped: SetAside[];
  notes: string[];
  /** A post's body with its template tags resolved, those it cannot resolve kept as tokens. */
  expand(post: SitePost, kept: KeptTemplates): ExpandedBody;
  /** The file on disk the old site served at `path` (from its root), if the folder has it. */
  fileAt(path: string): string | undefined;
}
