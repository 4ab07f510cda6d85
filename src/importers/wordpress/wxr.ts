/**
 * Reads a WordPress export (WXR, the XML that Tools → Export writes) into
 * plain records. Nothing here decides what becomes a post: that is
 * import-plan.ts. The XML is checked first (fast-xml-validator, by the author
 * of the parser, gives the line of a truncated or broken file), then the channel must carry
 * `wp:wxr_version`, or it is some other feed and is refused.
 */
import { decodeHTML } from 'entities';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { ImportError } from '../import-error.ts';

export interface WxrTerm {
  /** `category` or `post_tag`. */
  domain: string;
  slug: string;
  label: string;
  description?: string;
}

export interface WxrComment {
  approved: string;
}

export interface WxrItem {
  id: number;
  title: string;
  /** The pretty permalink, as the old site served it. */
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  /** `YYYY-MM-DD HH:MM:SS` in the blog's time zone, `0000-00-00 00:00:00` when unset. */
  postDate: string;
  modifiedDate: string;
  /** wp:post_name: the slug, percent-encoded when not ASCII; empty for some drafts. */
  name: string;
  status: string;
  type: string;
  password: string;
  /** Pinned to the top of the old blog's front page. */
  sticky: boolean;
  parent: number;
  terms: WxrTerm[];
  meta: Map<string, string>;
  comments: WxrComment[];
  attachmentUrl: string;
}

export interface WxrExport {
  /** The old site's address, without a trailing slash. */
  siteUrl: string;
  authors: Map<string, string>;
  terms: WxrTerm[];
  items: WxrItem[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Text is taken as written: no number parsing (a post titled "2016" stays a string), entities decoded once.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: false,
  // XML's own entities and character references; HTML's named ones are not XML, and WordPress puts HTML in CDATA.
  processEntities: true,
  isArray: (name) => ['item', 'category', 'wp:postmeta', 'wp:comment', 'wp:author', 'wp:category', 'wp:tag'].includes(name),
});

type Node = Record<string, unknown>;

/** The text of an element (fast-xml-parser gives a string, or an object with `#text` when it has attributes). */
function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(text).join('');
  const inner = (value as Node)['#text'];
  return inner === undefined ? '' : text(inner);
}

const list = (value: unknown): Node[] => (Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : []);

function readItem(node: Node): WxrItem {
  const meta = new Map<string, string>();
  for (const entry of list(node['wp:postmeta'])) meta.set(text(entry['wp:meta_key']), text(entry['wp:meta_value']));
  return {
    id: Number(text(node['wp:post_id'])),
    // WordPress keeps titles as HTML (`&amp;`, `&#8217;`): the site's titles are text.
    title: decodeHTML(text(node['title'])).trim(),
    link: text(node['link']).trim(),
    creator: text(node['dc:creator']).trim(),
    content: text(node['content:encoded']),
    excerpt: text(node['excerpt:encoded']),
    postDate: text(node['wp:post_date']).trim(),
    modifiedDate: text(node['wp:post_modified']).trim(),
    name: text(node['wp:post_name']).trim(),
    status: text(node['wp:status']).trim(),
    type: text(node['wp:post_type']).trim(),
    password: text(node['wp:post_password']),
    sticky: text(node['wp:is_sticky']).trim() === '1',
    parent: Number(text(node['wp:post_parent']) || 0),
    terms: list(node['category']).map((term) => ({
      domain: String(term['@domain'] ?? ''),
      slug: decodeSlug(String(term['@nicename'] ?? '')),
      label: text(term).trim(),
    })),
    meta,
    comments: list(node['wp:comment']).map((comment) => ({ approved: text(comment['wp:comment_approved']).trim() })),
    attachmentUrl: text(node['wp:attachment_url']).trim(),
  };
}

/** WordPress stores non-ASCII slugs percent-encoded (`%e3%83%8d…`). */
export function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

/** Where and why the XML is broken (a truncated export, most often), or undefined when it is well-formed. */
function xmlProblem(xml: string): string | undefined {
  try {
    const result = SyntaxValidator.validate(xml) as true | { err: { line: number; col?: number; msg: string } };
    return result === true ? undefined : `line ${result.err.line}${result.err.col ? `, column ${result.err.col}` : ''}: ${result.err.msg}`;
  } catch (error) {
    const { line, col, message } = error as { line?: number; col?: number; message: string };
    return line ? `line ${line}${col ? `, column ${col}` : ''}: ${message}` : message;
  }
}

export function parseWxr(xml: string): WxrExport {
  if (!/^\s*(?:<\?xml|<)/.test(xml)) throw new ImportError('this is not XML, and so not a WordPress export (WXR)');
  const problem = xmlProblem(xml);
  if (problem) throw new ImportError(`the export is not well-formed XML (${problem}); is the file complete?`);
  const channel = (parser.parse(xml) as Node)['rss'] as Node | undefined;
  const body = channel?.['channel'] as Node | undefined;
  if (!body || body['wp:wxr_version'] === undefined) {
    throw new ImportError('this XML is not a WordPress export: it has no <rss><channel> with <wp:wxr_version> (export it from Tools → Export)');
  }
  const authors = new Map<string, string>();
  for (const author of list(body['wp:author'])) {
    authors.set(text(author['wp:author_login']).trim(), text(author['wp:author_display_name']).trim() || text(author['wp:author_login']).trim());
  }
  const terms: WxrTerm[] = [
    ...list(body['wp:category']).map((term) => ({
      domain: 'category',
      slug: decodeSlug(text(term['wp:category_nicename']).trim()),
      label: text(term['wp:cat_name']).trim(),
      description: text(term['wp:category_description']).trim() || undefined,
    })),
    ...list(body['wp:tag']).map((term) => ({
      domain: 'post_tag',
      slug: decodeSlug(text(term['wp:tag_slug']).trim()),
      label: text(term['wp:tag_name']).trim(),
      description: text(term['wp:tag_description']).trim() || undefined,
    })),
  ].map(({ description, ...term }) => (description ? { ...term, description } : term));
  const siteUrl = (text(body['wp:base_blog_url']) || text(body['link'])).trim().replace(/\/+$/, '');
  return { siteUrl, authors, terms, items: list(body['item']).map(readItem) };
}
