/**
 * Runs the content rules on files, without a build: the real schemas
 * (src/collections/schemas.ts), the calendar-date check and the cross-entry
 * rules, on frontmatter parsed by Astro's own parser. Problems read as the
 * build's do: "<file>: <field>: <what is wrong>". The build tests prove the
 * same rules are wired into `astro build`.
 *
 * One difference, for the author mid-writing: a draft whose description is
 * still the placeholder `npm run new` wrote is not a problem here but work to
 * do (`pending`). The build still refuses it (the schema is not changed);
 * every other rule runs on that draft as on any post.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import { ROOT } from '../../scripts/lib/repo.ts';
import { findImpossibleDates, yamlPartOf } from '../../src/collections/calendar-dates.ts';
import { findContentProblems, type KnownIds, type PostFacts } from '../../src/collections/cross-entry-rules.ts';
import { analyseBody, bodyFormatOf, imagesWithoutAlt } from '../../src/post-body/post-body.ts';
import { DESCRIPTION_PLACEHOLDER, postSchema, seriesSchema } from '../../src/collections/schemas.ts';

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
  /** What the build will refuse until the author has done it, but a draft may leave for now: its placeholder description. */
  pending: string[];
  facts?: PostFacts;
}

/** Stands in for a draft's placeholder description, so that the schema checks everything else of the draft. */
const DESCRIPTION_TO_WRITE = 'A description the author has yet to write.';

/** Each file's check, by its text: checkPosts runs over every post for each broken case of a test, and most are unchanged. */
const checked = new Map<string, CheckedPost>();

/** One post file's own problems (dates, schema), and its facts for the cross-entry rules. */
export function checkPostFile(file: string, text: string): CheckedPost {
  const key = `${file}\0${text}`;
  let result = checked.get(key);
  if (!result) checked.set(key, (result = checkFile(file, text)));
  return result;
}

function checkFile(file: string, text: string): CheckedPost {
  const where = relative(ROOT, file);
  const dateProblems = findImpossibleDates(yamlPartOf(text, file)).map((p) => `${where}: ${p.field}: "${p.value}" is not a calendar date`);
  if (dateProblems.length > 0) return { problems: dateProblems, pending: [] };
  const { frontmatter, content } = parseFrontmatter(text, { frontmatter: 'remove' });
  const inProgress =
    frontmatter['draft'] === true && typeof frontmatter['description'] === 'string' && frontmatter['description'].trim() === DESCRIPTION_PLACEHOLDER;
  const pending = inProgress ? [`${where}: description: still the placeholder of \`npm run new\` (a draft: the build refuses it until it is written)`] : [];
  const parsed = postSchema.safeParse(inProgress ? { ...frontmatter, description: DESCRIPTION_TO_WRITE } : frontmatter);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => `${where}: ${issue.path.join('.')}: ${issue.message}`), pending };
  const data = parsed.data;
  const body = analyseBody(content, bodyFormatOf(file));
  return {
    problems: [],
    pending,
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

/** Every problem of the posts in `content/posts`, with one file's text replaced (or a file added) by `edits`; a draft's placeholder description is not one (checkPostFile). */
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
