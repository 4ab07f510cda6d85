#!/usr/bin/env node
/**
 * Starts a post: writes content/posts/<slug>.mdx with valid frontmatter
 * (today's date, draft: true, the tags as the registry spells them) and a
 * description placeholder the build refuses until it is replaced.
 *
 *   npm run new -- "Title" [--series <id> --part N] [--conference <id>] [--tags a,b]
 *
 * Refuses, changing nothing: a slug that exists, an unknown series, conference
 * or tag (with the nearest registered tag for a typo), a part beyond the series
 * or already taken. The file appears whole or not at all.
 */
import { existsSync, linkSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { DESCRIPTION_PLACEHOLDER } from '../src/collections/schemas.ts';
import { isoDay } from '../src/lib/dates.ts';
import { normaliseBase } from '../src/lib/base-path.ts';
import { toSlug } from '../src/lib/slug.ts';
import { closestWord } from '../src/search/spelling.ts';
import { ROOT } from './lib/repo.ts';

export interface NewPostRequest {
  title: string;
  series?: { id: string; part: number };
  conference?: string;
  tags: string[];
  /** Defaults to today; tests pin it. */
  date?: Date;
}

export class NewPostError extends Error {}

const yamlFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : []);
const idOf = (name: string) => name.replace(/\.[^.]+$/, '');

/** The registry's tag ids for what the author typed; a typo is an error that names the nearest tag. */
function registeredTags(root: string, typed: string[]): string[] {
  const registry = parseYaml(readFileSync(join(root, 'content/tags.yaml'), 'utf8')) as Array<{ id: string }>;
  const ids = registry.map((tag) => tag.id);
  return typed.map((tag) => {
    const id = toSlug(tag);
    if (ids.includes(id)) return id;
    const nearest = closestWord(id, ids);
    throw new NewPostError(`--tags: "${tag}" is not in content/tags.yaml${nearest ? `; did you mean "${nearest}"?` : ' (add it there first)'}`);
  });
}

/** Which post already claims each part of a series. */
function claimedParts(root: string, seriesId: string): Map<number, string> {
  const dir = join(root, 'content/posts');
  const claimed = new Map<number, string>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith('.mdx')) continue;
    const { frontmatter } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
    const series = frontmatter['series'] as { id?: string; part?: number } | undefined;
    if (series?.id === seriesId && typeof series.part === 'number') claimed.set(series.part, `content/posts/${name}`);
  }
  return claimed;
}

function checkSeries(root: string, series: NonNullable<NewPostRequest['series']>): void {
  const file = yamlFiles(join(root, 'content/series')).find((name) => idOf(name) === series.id);
  if (!file) {
    const known = yamlFiles(join(root, 'content/series')).map(idOf);
    throw new NewPostError(`--series: no series "${series.id}" in content/series/ (there are: ${known.join(', ') || 'none'})`);
  }
  const { parts } = parseYaml(readFileSync(join(root, 'content/series', file), 'utf8')) as { parts: number };
  if (!Number.isInteger(series.part) || series.part < 1 || series.part > parts) {
    throw new NewPostError(`--part: ${series.part} is not a part of "${series.id}", which has parts 1 to ${parts}`);
  }
  const holder = claimedParts(root, series.id).get(series.part);
  if (holder) throw new NewPostError(`--part: part ${series.part} of "${series.id}" is already ${holder}`);
}

function quoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** The file a request becomes, checked against the content; throws NewPostError for anything the build would refuse. */
export function planNewPost(root: string, request: NewPostRequest): { file: string; text: string; slug: string } {
  const title = request.title.trim();
  const slug = toSlug(title);
  if (!slug) throw new NewPostError('the title needs letters or digits, since the file name (and URL) is made from it');
  const file = join(root, 'content/posts', `${slug}.mdx`);
  for (const taken of [file, join(root, 'content/posts', slug, 'index.mdx'), join(root, 'content/posts', `${slug}.md`)]) {
    if (existsSync(taken)) throw new NewPostError(`${relative(root, taken)} already exists: choose another title, or edit that post`);
  }
  const tags = registeredTags(root, request.tags);
  if (request.series) checkSeries(root, request.series);
  if (request.conference && !yamlFiles(join(root, 'content/conferences')).some((name) => idOf(name) === request.conference)) {
    throw new NewPostError(`--conference: no conference "${request.conference}" in content/conferences/`);
  }
  const lines = [
    '---',
    `title: ${quoted(title)}`,
    `description: ${quoted(DESCRIPTION_PLACEHOLDER)}`,
    `pubDate: ${isoDay(request.date ?? new Date())}`,
    `tags: [${tags.join(', ')}]`,
    ...(request.series ? [`series: { id: ${request.series.id}, part: ${request.series.part} }`] : []),
    ...(request.conference ? [`conference: ${request.conference}`] : []),
    'draft: true',
    '---',
    '',
    'Start writing here. Listings go in ```shellsession fences, pasted as they were.',
    '',
  ];
  return { file, text: lines.join('\n'), slug };
}

/** Writes the file whole or not at all, and never over an existing one. */
export function writeNewPost(plan: { file: string; text: string }): void {
  const temporary = `${plan.file}.${process.pid}.tmp`;
  writeFileSync(temporary, plan.text);
  try {
    linkSync(temporary, plan.file); // fails if the file appeared meanwhile
  } finally {
    unlinkSync(temporary);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      series: { type: 'string' },
      part: { type: 'string' },
      conference: { type: 'string' },
      tags: { type: 'string', default: '' },
      /** Another checkout of the site (the tests use a copy). */
      root: { type: 'string', default: ROOT },
    },
  });
  const title = positionals.join(' ');
  if (!title) throw new NewPostError('usage: npm run new -- "Title" [--series <id> --part N] [--conference <id>] [--tags a,b]');
  if (Boolean(values.series) !== Boolean(values.part)) throw new NewPostError('--series and --part go together');
  const root = values.root;
  const plan = planNewPost(root, {
    title,
    tags: values.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    ...(values.series ? { series: { id: values.series, part: Number(values.part) } } : {}),
    ...(values.conference ? { conference: values.conference } : {}),
  });
  writeNewPost(plan);
  const base = normaliseBase(process.env['BASE_PATH'] ?? '/');
  console.log(`Wrote ${relative(root, plan.file)} (a draft).`);
  console.log(`Write its description first: the build refuses the placeholder.`);
  console.log(`See it with \`npm run dev\` at http://localhost:4321${base}posts/${plan.slug}/`);
}

if (import.meta.main) {
  try {
    main();
  } catch (error) {
    if (!(error instanceof NewPostError)) throw error;
    console.error(`npm run new: ${error.message}`);
    process.exitCode = 1;
  }
}
