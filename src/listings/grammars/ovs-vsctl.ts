/**
 * `ovs-vsctl show` output: the database UUID, then Bridge → Port → Interface
 * nesting with `tag:`, `type:` and `options: {key="…", remote_ip="…"}`
 * properties, and `ovs_version:`. No bundled grammar knows it.
 */
import type { LanguageRegistration } from 'shiki';

export const ovsVsctlGrammar: LanguageRegistration = {
  name: 'ovs-vsctl',
  scopeName: 'source.ovs-vsctl',
  displayName: 'ovs-vsctl output',
  patterns: [
    { match: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$', name: 'constant.other.uuid.ovs' },
    {
      match: '^(\\s*)(Manager|Controller|Bridge|Port|Interface)\\b',
      captures: { 2: { name: 'keyword.other.ovs' } },
    },
    {
      match: '^(\\s*)([a-z_]+)(:)',
      captures: { 2: { name: 'support.type.property-name.ovs' }, 3: { name: 'punctuation.separator.key-value.ovs' } },
    },
    { include: '#map' },
    { include: '#string' },
    { match: '\\b\\d+\\b', name: 'constant.numeric.ovs' },
    { match: '\\b(true|false|internal|vxlan|gre|geneve|patch|system)\\b', name: 'constant.language.ovs' },
  ],
  repository: {
    string: {
      begin: '"',
      end: '"',
      name: 'string.quoted.double.ovs',
    },
    map: {
      begin: '\\{',
      end: '\\}',
      beginCaptures: { 0: { name: 'punctuation.definition.map.begin.ovs' } },
      endCaptures: { 0: { name: 'punctuation.definition.map.end.ovs' } },
      patterns: [
        { match: '([\\w-]+)(=)', captures: { 1: { name: 'variable.other.key.ovs' }, 2: { name: 'punctuation.separator.key-value.ovs' } } },
        { include: '#string' },
        { match: ',', name: 'punctuation.separator.ovs' },
      ],
    },
  },
};
