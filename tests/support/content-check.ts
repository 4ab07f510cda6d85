/**
 * Runs the content rules on files, without a build: the real schemas
 * (src/collections/schemas.ts), the calendar-date check and the cross-entry
 * rules, on frontmatter parsed by Astro's own parser. Problems read as the
 * build's do: "<file>: <field>: <what is wrong>". The build tests prove the
 * same rules are wired into `astro build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../scripts/lib/repo.ts';
import { findImpossibleDates, yamlPartOf } from '../../src/collections/calendar-dates.ts';
import { findContentProblems, type KnownIds, type PostFacts } from '../../src/collections/cross-entry-rules.ts';
import { analyseBody, bodyFormatOf, imagesWithoutAlt } from '../../src/collections/post-body.ts';
import { postSchema, seriesSchema } from '../../src/collections/schemas.ts';

/** The ids the content declares: series and their lengths, conferences, tags. */
export function knownIds(root = ROOT): KnownIds {
  const yamlFiles = (dir: string) => readdirSync(join(root, dir)).filter((name) => /\.ya?ml$/.test(name));
  const series = new Map(
    yamlFiles('content/series').map((name) => [
      name.replace(/\.ya?ml$/, ''),
      { parts: seriesSchema.parse(parseYaml(readFileSync(join(root, 'content/series', name), 'utf8'))).parts },
    ]),
  );
  const conferences = new Set(yamlFiles('content/conferences').map((name) => name.replace(/\.ya?ml$/, '')));
  const tags = new Set((parseYaml(readFileSync(join(root, 'content/tags.yaml'), 'utf8')) as Array<{ id: string }>).map((tag) => tag.id));
  return { series, conferences, tags };
}

export interface CheckedPost {
  problems: string[];
  facts?: PostFacts;
}

/** One post file's own problems (dates, schema), and its facts for the cross-entry rules. */
export function checkPostFile(file: string, text: string): CheckedPost {
  const where = relative(ROOT, file);
  const dateProblems = findImpossibleDates(yamlPartOf(text, file)).map((p) => `${where}: ${p.field}: "${p.value}" is not a calendar date`);
  if (dateProblems.length > 0) return { problems: dateProblems };
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
  const parsed = postSchema.safeParse(frontmatter);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.')}: ${issue.message}`) };
  const data = parsed.data;
  const body = analyseBody(content, bodyFormatOf(file));
  return {
    problems: [],
    facts: {
      id: file.replace(/^.*\//, '').replace(/\.mdx?$/, ''),
      filePath: where,
      tags: data.tags,
      series: data.series,
      conference: data.conference,
      imagesWithoutAlt: imagesWithoutAlt(body),
      bodyVideos: body.videos,
      redirectFrom: data.redirectFrom,
    },
  };
}

/** Every problem of the posts in `content/posts`, with one file's text replaced by `edits`. */
export function checkPosts(edits: Record<string, string> = {}, root = ROOT): string[] {
  const dir = join(root, 'content/posts');
  const files = [
    ...new Set([
      ...readdirSync(dir)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => join(dir, name)),
      ...Object.keys(edits),
    ]),
  ].sort();
  const checked = files.map((file) => checkPostFile(file, edits[file] ?? readFileSync(file, 'utf8')));
  const facts = checked.flatMap((c) => (c.facts ? [c.facts] : []));
  return [...checked.flatMap((c) => c.problems), ...findContentProblems(facts, knownIds(root))];
}
