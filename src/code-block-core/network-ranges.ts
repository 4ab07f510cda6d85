/**
 * Finds what a network engineer scans output for: IPv4 and IPv6 addresses
 * (with or without a /prefix), MAC addresses and interface names. Returns
 * character ranges; the highlighter paints them over whatever the output's
 * own grammar said.
 */
import type { ThemedToken } from 'shiki';
import { paintRoles } from './themed-tokens.ts';
import type { TokenRole } from './token-roles.ts';

export interface RoleRange {
  start: number;
  end: number;
  role: TokenRole;
}

const MAC = /(?<![\w:.-])[0-9A-Fa-f]{2}(?:([:-])[0-9A-Fa-f]{2})(?:\1[0-9A-Fa-f]{2}){4}(?![\w:.-])/g;
const IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\w.]|\.\d)/g;
const IPV6_CANDIDATE = /(?<![\w:.])[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f.:]*(?:%\w+)?(?:\/\d{1,3})?(?![\w:])/g;

/**
 * Interface names as Linux and OVS print them: eth0, eth2.32 (VLAN), eth1:1
 * (alias), br0, br0-dhcp, bond0, vnet1, tap345, virbr0, virbr0-nic, eno1,
 * ens192, enp3s0f1, em1 and p1p2 (biosdevname), wlan0, docker0, veth1a2b,
 * ovs-system, vxlan_sys_4789. src/network-names/ finds the network's names with
 * these same patterns: the one copy.
 */
const INTERFACE = new RegExp(
  String.raw`(?<![\w.:-])(?:eth\d+|br\d+(?:-[a-z]+)?|bond\d+|vnet\d+|tap\d+|virbr\d+(?:-nic)?|en[ops]\w*\d|em\d+|p\d+p\d+|wlan\d+|docker\d+|veth\w+|ovs-system|vxlan_sys_\d+)(?:\.\d+|:\d+)?(?![\w-])`,
  'g',
);

/** Four decimal octets of at most 255, without leading zeros (as Node's net.isIPv4 reads them). */
function isIPv4(text: string): boolean {
  const octets = text.split('.');
  return octets.length === 4 && octets.every((octet) => /^(?:0|[1-9]\d{0,2})$/.test(octet) && Number(octet) <= 255);
}

/** The URL parser knows IPv6 in every runtime; this module runs in Node and could in a browser. */
function isIPv6(text: string): boolean {
  if (!text.includes(':')) return false;
  try {
    new URL(`http://[${text}]/`);
    return true;
  } catch {
    return false;
  }
}

function rangesOf(pattern: RegExp, text: string, role: TokenRole, accept: (match: string) => boolean = () => true): RoleRange[] {
  const ranges: RoleRange[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0])) ranges.push({ start: match.index, end: match.index + match[0].length, role });
  }
  return ranges;
}

function withoutPrefix(address: string): string {
  return address.replace(/\/\d+$/, '').replace(/%\w+$/, '');
}

export function findNetworkRanges(text: string): RoleRange[] {
  const found = [
    ...rangesOf(MAC, text, 'mac'),
    ...rangesOf(IPV4_CANDIDATE, text, 'addr', (m) => isIPv4(withoutPrefix(m))),
    ...rangesOf(IPV6_CANDIDATE, text, 'addr', (m) => isIPv6(withoutPrefix(m)) && /[0-9a-f]/i.test(m)),
    ...rangesOf(INTERFACE, text, 'iface'),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // First (longest) match wins where two overlap.
  const ranges: RoleRange[] = [];
  for (const range of found) {
    const last = ranges.at(-1);
    if (!last || range.start >= last.end) ranges.push(range);
  }
  return ranges;
}

/** A line of tokens with its addresses, MACs and interfaces painted over whatever else it was. */
export function paintNetwork(line: ThemedToken[], text = line.map((token) => token.content).join('')): ThemedToken[] {
  return paintRoles(line, findNetworkRanges(text));
}
