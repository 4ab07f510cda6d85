/**
 * The import's report, as Markdown an author can read in the terminal or
 * keep: every item with what became of it and why, then what needs the
 * author's attention (missing images, images without alt text, unknown
 * shortcodes, videos that are not on YouTube, comments left behind), then
 * the redirects and tags written.
 */
import type { ImportPlan } from './import-plan.ts';
import type { WriteResult } from './write-import.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');

export function importReport(plan: ImportPlan, written: WriteResult | undefined, { dryRun }: { dryRun: boolean }): string {
  const lines: string[] = [];
  const outcome = (post: ImportPlan['posts'][number]) => {
    if (dryRun) return 'would write';
    const result = written?.posts.get(post);
    return result === 'kept' ? 'exists, differs: kept (use --force to overwrite)' : (result ?? '');
  };
  lines.push('| result | post | id | file | note |', '| --- | --- | ---: | --- | --- |');
  for (const post of plan.posts) {
    const state = post.draft ? 'drafted' : 'imported';
    const note = [...(post.item.status !== 'publish' ? [`was ${post.item.status}`] : []), ...post.draftReasons, outcome(post)].filter(Boolean).join('; ');
    lines.push(`| ${state} | ${cell(post.item.title)} | ${post.item.id} | ${post.file} | ${cell(note)} |`);
  }
  for (const { item, reason } of plan.skipped) lines.push(`| skipped | ${cell(item.title)} | ${item.id} | | ${cell(reason)} |`);
  for (const { item, reason } of plan.failed) lines.push(`| failed | ${cell(item.title)} | ${item.id} | | ${cell(reason)} |`);

  const attention: string[] = [];
  for (const post of plan.posts) {
    const { body } = post;
    for (const image of body.missingImages)
      attention.push(
        `- ${post.file}: image ${image.url} ${image.reason}: shown as a note in the post; copy the file beside the post and link it to restore it.`,
      );
    for (const name of body.imagesWithoutAlt)
      attention.push(`- ${post.file}: image ${name} has no alt text, caption or title: describe it, then remove \`draft: true\`.`);
    for (const name of new Set(body.unknownShortcodes)) {
      const count = body.unknownShortcodes.filter((n) => n === name).length;
      attention.push(`- ${post.file}: shortcode [${name}] ×${count} is not known here: left as text; rewrite or remove it.`);
    }
    for (const url of body.otherVideos) attention.push(`- ${post.file}: video ${url} is not on YouTube: linked, not embedded.`);
  }
  const comments = plan.posts.reduce((sum, post) => sum + post.comments.total, 0);
  const approved = plan.posts.reduce((sum, post) => sum + post.comments.approved, 0);
  const internal = [...plan.internal].map(([type, count]) => `${count} ${type}`).join(', ');
  const redirects = plan.posts.reduce((sum, post) => sum + post.redirectFrom.length, 0);
  const count = (what: (post: ImportPlan['posts'][number]) => boolean) => plan.posts.filter(what).length;

  return [
    `Imported ${count((p) => !p.draft)} posts and ${count((p) => p.draft)} drafts; skipped ${plan.skipped.length}; failed ${plan.failed.length}.${dryRun ? ' (dry run: nothing written)' : ''}`,
    written
      ? `Files: ${count((p) => written.posts.get(p) === 'written')} written, ${count((p) => written.posts.get(p) === 'unchanged')} unchanged, ${count((p) => written.posts.get(p) === 'kept')} kept; ${written.imagesCopied} images copied.`
      : '',
    '',
    ...lines,
    '',
    attention.length > 0 ? `Needs attention (${attention.length}):\n\n${attention.join('\n')}` : 'Nothing needs attention.',
    '',
    `Old URLs: ${redirects} redirects in the posts' \`redirectFrom\` (the build writes redirect pages and \`_redirects\` from them).`,
    `Tags: ${plan.newTags.length > 0 ? `${plan.newTags.map((tag) => `${tag.id} ("${tag.label}")`).join(', ')} ${dryRun ? 'would be' : 'were'} added to content/tags.yaml.` : 'none new.'}`,
    `Comments: ${comments} (${approved} approved) not published; see "Coming from WordPress" in the README to keep them.`,
    internal ? `Not posts, not imported: ${internal}.` : '',
  ]
    .filter((line, index, all) => line !== '' || all[index - 1] !== '')
    .join('\n');
}
