/**
 * What a fence's language says about the block, for every plugin of the
 * code-block pipeline: whether it is a diagram, and whether its plain text is
 * painted for network names.
 */

/** Fences that are diagrams (```dot, ```graphviz): drawn by src/diagrams/, not listed as code. */
export const DIAGRAM_LANGS: ReadonlySet<string> = new Set(['dot', 'graphviz']);

export function isDiagramLang(lang: string): boolean {
  return DIAGRAM_LANGS.has(lang);
}

/** Plain listings (config files, logs, XML, ovs-vsctl and ifconfig output) whose addresses, MACs and interfaces are painted. */
export const OVERLAID_LANGS: ReadonlySet<string> = new Set([
  'text',
  'txt',
  'plaintext',
  'plain',
  'ini',
  'properties',
  'xml',
  'ovs-vsctl',
  'ifconfig',
  'log',
  'conf',
]);
