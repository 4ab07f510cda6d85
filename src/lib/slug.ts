/**
 * One spelling per name: whatever the author writes ("Open vSwitch",
 * "open-vswitch", "OPEN VSWITCH") becomes the same URL-safe slug. Tags are
 * matched this way, and a new post's file name is its title's slug.
 */
export function toSlug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
