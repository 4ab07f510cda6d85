/** `ifconfig` output: interface name at the start of a block, field labels, flags. Addresses come from the network overlay. */
import type { LanguageRegistration } from 'shiki';

export const ifconfigGrammar: LanguageRegistration = {
  name: 'ifconfig',
  scopeName: 'source.ifconfig',
  displayName: 'ifconfig output',
  repository: {},
  patterns: [
    { match: '^[^\\s:]+(?::\\d+)?(?=:?\\s)', name: 'entity.name.interface.ifconfig' },
    {
      match:
        '\\b(Link encap|HWaddr|ether|inet6? addr|inet6?|netmask|broadcast|prefixlen|Bcast|Mask|Scope|MTU|mtu|Metric|RX packets|TX packets|RX bytes|TX bytes|errors|dropped|overruns|frame|carrier|collisions|txqueuelen|flags)\\b:?',
      name: 'entity.other.attribute-name.ifconfig',
    },
    { match: '\\b(UP|DOWN|BROADCAST|RUNNING|MULTICAST|LOOPBACK|PROMISC|NOARP|POINTOPOINT)\\b', name: 'constant.language.ifconfig' },
  ],
};
