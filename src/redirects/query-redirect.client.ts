/**
 * The home page, opened at an old WordPress id URL ("/?p=12": a static host
 * serves the home page for it), sends the visitor on to the post. The map of
 * ids (QUERY_REDIRECTS_PATH) is fetched only when the address has one: a
 * plain visit to the home page loads nothing more. Loaded only on a home
 * page whose site has such URLs (components/QueryRedirect.astro).
 */
// The path and withBase, not `paths`: the whole object would come along into the bundle.
import { QUERY_REDIRECTS_PATH, withBase } from '../lib/urls.ts';
import { oldQueryUrl } from './old-url.ts';

async function redirect(from: string): Promise<void> {
  const response = await fetch(withBase(QUERY_REDIRECTS_PATH));
  if (!response.ok) return;
  const to = ((await response.json()) as Record<string, unknown>)[from];
  if (typeof to === 'string') location.replace(to + location.hash);
}

const from = oldQueryUrl(location.search);
if (from) void redirect(from);
