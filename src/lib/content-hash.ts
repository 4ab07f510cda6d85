/**
 * A page's cache key for Astro's incremental build: a SHA-256 (hex) of the
 * data the page shows, as JSON. Web Crypto, so it runs wherever the pages do.
 */
export async function contentHash(data: unknown): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(data)));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
