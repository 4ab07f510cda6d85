/**
 * One spelling per tag: whatever the author writes ("Open vSwitch",
 * "open-vswitch", "OPEN VSWITCH") becomes the same URL-safe slug.
 */
export function toTagSlug(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
