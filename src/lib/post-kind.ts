/** What kind of writing a post is, for search filters and result labels. */
export type PostKind = 'Conference notes' | 'Video series' | 'Article';

export function postKind(data: { series?: unknown; conference?: unknown }): PostKind {
  if (data.series) return 'Video series';
  if (data.conference) return 'Conference notes';
  return 'Article';
}
