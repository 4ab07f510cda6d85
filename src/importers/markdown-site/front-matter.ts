/**
 * A Markdown file of a Jekyll or Hugo site: its front matter and its body.
 * YAML between `---` lines (both), TOML between `+++` lines or a JSON object
 * (Hugo). YAML is read as YAML 1.2 (the `yaml` package's core schema), so a
 * date stays the text it was written as and dates.ts reads it, zone and all;
 * TOML dates keep the form they were written in too (smol-toml's TomlDate).
 */
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

export type FrontMatterData = Record<string, unknown>;

export interface MarkdownFile {
  data: FrontMatterData;
  /** Whether the file had front matter at all (Jekyll copies a file without it as it is: not a page). */
  hasFrontMatter: boolean;
  body: string;
}

export class FrontMatterError extends Error {}

const YAML_BLOCK = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const TOML_BLOCK = /^\+\+\+[ \t]*\n([\s\S]*?\n)?\+\+\+[ \t]*(?:\n|$)/;

const asObject = (value: unknown, format: string): FrontMatterData => {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new FrontMatterError(`its ${format} front matter is not a set of fields`);
  return value as FrontMatterData;
};

/** The end of the JSON object the text opens with (strings and their escapes skipped), or -1. */
function jsonObjectEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Splits a file's text; throws FrontMatterError when the front matter cannot be read. Line ends become `\n`. */
export function readMarkdownFile(raw: string): MarkdownFile {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const yaml = YAML_BLOCK.exec(text);
  if (yaml) {
    try {
      return { data: asObject(parseYaml(yaml[1] ?? ''), 'YAML'), hasFrontMatter: true, body: text.slice(yaml[0].length) };
    } catch (error) {
      if (error instanceof FrontMatterError) throw error;
      throw new FrontMatterError(`its YAML front matter cannot be read (${(error as Error).message.split('\n')[0]})`);
    }
  }
  const toml = TOML_BLOCK.exec(text);
  if (toml) {
    try {
      return { data: asObject(parseToml(toml[1] ?? ''), 'TOML'), hasFrontMatter: true, body: text.slice(toml[0].length) };
    } catch (error) {
      throw new FrontMatterError(`its TOML front matter cannot be read (${(error as Error).message.split('\n')[0]})`);
    }
  }
  if (text.startsWith('{')) {
    const end = jsonObjectEnd(text);
    try {
      if (end < 0) throw new Error('the object is not closed');
      return { data: asObject(JSON.parse(text.slice(0, end)), 'JSON'), hasFrontMatter: true, body: text.slice(end).replace(/^[ \t]*\n/, '') };
    } catch (error) {
      throw new FrontMatterError(`its JSON front matter cannot be read (${(error as Error).message})`);
    }
  }
  return { data: {}, hasFrontMatter: false, body: text };
}

/** A field as text: a string or a number, trimmed; undefined for anything else or an empty string. */
export function textField(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  return value.trim() || undefined;
}

/** A yes/no field as both YAML 1.1 (Jekyll's Ruby) and 1.2 read it: `false`, `no`, `off` are no. */
export function flagField(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  if (['true', 'yes', 'on'].includes(word)) return true;
  if (['false', 'no', 'off'].includes(word)) return false;
  return undefined;
}

/**
 * A list field: an array of texts, or one text (Jekyll splits `tags: a b`
 * on spaces: `splitWords`); missing or empty is an empty list.
 */
export function listField(value: unknown, { splitWords = false } = {}): string[] {
  if (Array.isArray(value)) return value.map(textField).filter((item): item is string => item !== undefined);
  const text = textField(value);
  if (!text) return [];
  return splitWords ? text.split(/\s+/) : [text];
}
