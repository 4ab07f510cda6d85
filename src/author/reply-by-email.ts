/**
 * "Reply by email" under a post: a plain mailto link, so replying needs no
 * comment service and no third-party script. Shown only when the author's
 * address is set (AUTHOR.email in src/config/site.ts).
 */

/** `mailto:` the address with "Re: <post title>" as the subject; undefined without an address. */
export function replyByEmailHref(email: string | undefined, postTitle: string): string | undefined {
  if (!email) return undefined;
  return `mailto:${email}?subject=${encodeURIComponent(`Re: ${postTitle}`)}`;
}
