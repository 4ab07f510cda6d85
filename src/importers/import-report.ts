/**
 * The import's report, for every importer: what became of each post,
 * grouped by post, each thing to look at once with how often it occurs;
 * then the items set aside, the tags and old URLs written, and one summary
 * line an author can act on ("57 posts: 49 published, 8 drafts to finish;
 * 212 media downloaded, 3 missing.").
 */
import type { ImportPlan, PlannedPost } from './import-plan.ts';
import type { WriteResult } from './write-import.node.ts';

/** Each distinct line once, in first-seen order, with ` (×n)` when it occurs more than once. */
export function countedOnce(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
  return [...counts].map(([line, count]) => (count > 1 ? `${line} (×${count})` : line));
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

function outcomeOf(post: PlannedPost, written: WriteResult | undefined, dryRun: boolean): string {
  if (dryRun) return 'would be written';
  const result = written?.posts.get(post);
  return result === 'kept' ? 'exists and differs: kept as it is (--force overwrites it)' : (result ?? '');
}

/** The summary line: posts, drafts, media. */
export function summaryLine(plan: ImportPlan): string {
  const drafts = plan.posts.filter((post) => post.draft).length;
  const { downloaded, cached, fromFolder, missing, folder } = plan.media;
  // An import that downloads says so even when it downloaded nothing; one that reads a site's folder only copies.
  const media = folder
    ? [`${fromFolder} media from ${folder}`, `${missing} missing`]
    : [
        `${downloaded} media downloaded`,
        ...(cached > 0 ? [`${cached} already downloaded`] : []),
        ...(fromFolder > 0 ? [`${fromFolder} from the uploads folder`] : []),
        `${missing} missing`,
      ];
  const setAside = [
    ...(plan.skipped.length > 0 ? [`${plan.skipped.length} skipped`] : []),
    ...(plan.failed.length > 0 ? [`${plan.failed.length} failed`] : []),
  ];
  return `${plural(plan.posts.length, 'post')}: ${plan.posts.length - drafts} published, ${plural(drafts, 'draft')} to finish${setAside.length > 0 ? ` (${setAside.join(', ')})` : ''}; ${media.join(', ')}.`;
}

export function importReport(plan: ImportPlan, written: WriteResult | undefined, { dryRun }: { dryRun: boolean }): string {
  const lines: string[] = ['# Import report', ''];
  for (const post of plan.posts) {
    const state = post.draft ? 'draft' : 'published';
    lines.push(`## ${post.file}: ${state}, ${outcomeOf(post, written, dryRun)}`, `"${post.title}" (${post.source})`);
    for (const reason of post.draftReasons) lines.push(`- draft: ${reason}`);
    for (const problem of countedOnce(post.problems)) lines.push(`- ${problem}`);
    lines.push('');
  }
  if (plan.skipped.length + plan.failed.length > 0) {
    lines.push('## Not imported', '');
    for (const { source, title, reason } of plan.skipped) lines.push(`- skipped: "${title}" (${source}): ${reason}`);
    for (const { source, title, reason } of plan.failed) lines.push(`- failed: "${title}" (${source}): ${reason}`);
    lines.push('');
  }
  const redirects = plan.posts.reduce((sum, post) => sum + post.redirectFrom.length, 0);
  lines.push(
    '## The site',
    '',
    `- Old URLs: ${redirects} in the posts' \`redirectFrom\` (the build writes redirect pages and \`_redirects\` from them).`,
    `- Tags: ${plan.newTags.length > 0 ? `${plan.newTags.map((tag) => `${tag.id} ("${tag.label}")`).join(', ')} ${dryRun ? 'would be' : 'were'} added to content/tags.yaml.` : 'none new.'}`,
    ...plan.notes.map((note) => `- ${note}`),
  );
  if (written) {
    const count = (what: string) => plan.posts.filter((post) => written.posts.get(post) === what).length;
    lines.push(
      `- Files: ${count('written')} posts written, ${count('unchanged')} unchanged, ${count('kept')} kept; ${plural(written.filesCopied, 'media file')} copied into the site.`,
    );
  }
  lines.push('', `${summaryLine(plan)}${dryRun ? ' (dry run: nothing written)' : ''}`);
  return lines.join('\n');
}
