/**
 * The network's names as entities: one interface, bridge, bond, address,
 * MAC, VLAN or prefix, however a listing or a diagram spells it. Every rule
 * that says what a name is lives here: its kind, its normal form, and the
 * noise that is never an entity. The names themselves are found by the
 * highlighter's own patterns (src/code-block-core/network-ranges.ts) and, for
 * VLAN ids, which the highlighter does not paint, by VLAN_ID below.
 *
 * Decisions, and why:
 * - `br0`, `bridge br0`, `bridge='br0'`, `"br0"`: the name is the word, quotes
 *   and a leading kind word are not part of it; `br*`/`virbr*` are bridges by
 *   their shape, wherever they appear.
 * - `eth2.32` is its own interface (a VLAN sub-interface is a netdev of its own,
 *   as ifconfig lists it), and implies interface eth2 and VLAN 32.
 * - `eth1:1` is an alias, a label on an address of eth1, not a device: eth1.
 * - VLAN ids are numbers 1–4094 (0 only marks priority, 4095 is reserved);
 *   `VLAN 32`, `vlan=32`, `vlan-id 32`, `vlan32` and OVS's `tag: 32`/`tag=32`
 *   name one. A VLAN id is a name within a post's network, as br0 is.
 * - `a.b.c.d/n` with no host bits set is a prefix, otherwise the address
 *   a.b.c.d on that subnet; an address followed on its line by a netmask that
 *   leaves no host bits (a route table's Destination/Genmask) is a prefix too.
 * - MACs lower case, colon-separated; IPv4 as written (the highlighter takes no
 *   leading zeros); IPv6 compressed and lower case (the URL parser's form).
 */

export const ENTITY_KINDS = ['interface', 'bridge', 'bond', 'address', 'mac', 'vlan', 'prefix'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Each kind's name on the pages: a heading's, singular and plural, and a noun's inside a sentence. */
export const KIND_LABELS: Record<EntityKind, { one: string; many: string; noun: string }> = {
  interface: { one: 'Interface', many: 'Interfaces', noun: 'interface' },
  bridge: { one: 'Bridge', many: 'Bridges', noun: 'bridge' },
  bond: { one: 'Bond', many: 'Bonds', noun: 'bond' },
  address: { one: 'Address', many: 'Addresses', noun: 'address' },
  mac: { one: 'MAC address', many: 'MAC addresses', noun: 'MAC address' },
  vlan: { one: 'VLAN', many: 'VLANs', noun: 'VLAN' },
  prefix: { one: 'Prefix', many: 'Prefixes', noun: 'prefix' },
};

/** A name's search result title, "br0 · bridge": the name, and what it is; a VLAN's id says it with the word before it, "VLAN 32". */
export const entityResultTitle = (kind: EntityKind, name: string): string => (kind === 'vlan' ? `VLAN ${name}` : `${name} · ${KIND_LABELS[kind].noun}`);

/** `interface/br0`, `mac/0c:c4:7a:58:91:50`, `prefix/10.59.30.0/23`. */
export type EntityKey = `${EntityKind}/${string}`;

export function entityKey(kind: EntityKind, name: string): EntityKey {
  return `${kind}/${name}`;
}

export function parseEntityKey(key: EntityKey): { kind: EntityKind; name: string } {
  const slash = key.indexOf('/');
  return { kind: key.slice(0, slash) as EntityKind, name: key.slice(slash + 1) };
}

/**
 * An entity's name as one URL path segment (`/entities/mac/52-54-00-9c-d8-cd/`): `:` becomes `-` and `/`
 * becomes `_` (no normal form holds either: MACs and IPv6 have no `-`, interfaces no `/`), so two names of one
 * kind never share a segment; dots stay. Anything else unsafe is percent-encoded.
 */
export function entitySlug(name: string): string {
  return encodeURIComponent(name.replaceAll(':', '-').replaceAll('/', '_'));
}

/** The name back from its URL segment: entitySlug's inverse (an interface's `-` is its own, as in br0-arp). */
export function entityNameOfSlug(kind: EntityKind, slug: string): string {
  const name = decodeURIComponent(slug);
  return kind === 'mac' || kind === 'address' || kind === 'prefix' ? name.replaceAll('-', ':').replaceAll('_', '/') : name;
}

/**
 * An entity as the post page's markup names it (`bridge/br0`, `mac/52-54-00-9c-d8-cd`): the tail of its page's
 * path, so a link's href and a diagram node's attribute say the same thing.
 */
export function entityPathKey(key: EntityKey): string {
  const { kind, name } = parseEntityKey(key);
  return `${kind}/${entitySlug(name)}`;
}

export interface Entity {
  kind: EntityKind;
  name: string;
}

/** VLAN ids in text: group 1 is the id. `tag` needs its `:` or `=` (a bare "tag 3" is anything). */
export const VLAN_ID = /(?<![\w-])(?:vlan(?:[ _-]?id)?\s*[:=]?\s*|tag\s*[:=]\s*)["']?(\d{1,4})(?![\w.])/gi;

/** A VLAN sub-interface's name: the parent and the id (`eth2.32`). */
const VLAN_SUBINTERFACE = /^(.+)\.(\d{1,4})$/;
/** An alias (`eth1:1`): the device it labels. */
const ALIAS = /^(.+):\d+$/;

/** Names that look like entities and never are: loopback, the default route, placeholders. */
const STOP_NAMES: ReadonlySet<string> = new Set(['lo', 'default', '1', '0', 'none', 'any', 'all']);
const STOP_MACS: ReadonlySet<string> = new Set(['ff:ff:ff:ff:ff:ff', '00:00:00:00:00:00']);
const STOP_IPV6: ReadonlySet<string> = new Set(['::', '::1']);

/** Text right before an address that makes it a broadcast, not a host: `Bcast:`, `broadcast `, `brd `. */
const BROADCAST_BEFORE = /(?:\bBcast:|\bbroadcast\s+|\bbrd\s+)$/i;

export function isVlanId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= 4094;
}

/** The word itself: quotes, `bridge `, `bridge=` and `bridge='…'` around it dropped. */
export function bareName(text: string): string {
  return text
    .trim()
    .replace(/^(?:bridge|bond|interface|port|iface|dev)(?:\s*[=:]\s*|\s+)(?=\S)/i, '')
    .replace(/^["'](.*)["']$/, '$1')
    .trim();
}

/** The kind of an interface-shaped name. */
export function interfaceKind(name: string): 'interface' | 'bridge' | 'bond' {
  if (/^(?:br|virbr|docker|ovsbr)\d+$/.test(name)) return 'bridge';
  if (/^bond\d+$/.test(name)) return 'bond';
  return 'interface';
}

function ipv4Number(address: string): number {
  return address.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** A netmask (contiguous ones), as its prefix length; undefined otherwise. */
export function netmaskLength(address: string): number | undefined {
  if (!/^\d{1,3}(?:\.\d{1,3}){3}$/.test(address)) return undefined;
  const bits = ipv4Number(address).toString(2).padStart(32, '0');
  return /^1*0*$/.test(bits) ? (bits.indexOf('0') === -1 ? 32 : bits.indexOf('0')) : undefined;
}

function hostBitsZero(address: string, length: number): boolean {
  if (length <= 0) return ipv4Number(address) === 0;
  return length >= 32 || ipv4Number(address) % 2 ** (32 - length) === 0;
}

/** IPv4 noise: this network (0.x), loopback (127.x), masks that start 255., the limited broadcast. */
function isNoiseIPv4(address: string): boolean {
  return /^(?:0|127)\./.test(address) || (address.startsWith('255.') && netmaskLength(address) !== undefined);
}

function compressedIPv6(address: string): string | undefined {
  try {
    return new URL(`http://[${address}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

/** A compressed IPv6 address (hex groups only, as the URL parser writes it) as a number. */
function ipv6Number(compressed: string): bigint {
  const [head = '', tail] = compressed.split('::');
  const groups = (part: string) => (part ? part.split(':') : []);
  const missing = tail === undefined ? [] : Array<string>(8 - groups(head).length - groups(tail).length).fill('0');
  return [...groups(head), ...missing, ...groups(tail ?? '')].reduce((n, group) => n * 65536n + BigInt(`0x${group}`), 0n);
}

/** An interface-shaped name (the highlighter's `iface`), with what it implies: `eth2.32` → eth2, VLAN 32. */
export function interfaceEntities(text: string): { entity: Entity; implied: Entity[] } | undefined {
  const name = bareName(text);
  const alias = ALIAS.exec(name);
  const device = alias ? alias[1]! : name;
  if (STOP_NAMES.has(device)) return undefined;
  const vlan = VLAN_SUBINTERFACE.exec(device);
  if (vlan && isVlanId(Number(vlan[2]))) {
    return {
      entity: { kind: 'interface', name: device },
      implied: [
        { kind: interfaceKind(vlan[1]!), name: vlan[1]! },
        { kind: 'vlan', name: String(Number(vlan[2])) },
      ],
    };
  }
  return { entity: { kind: interfaceKind(device), name: device }, implied: [] };
}

/**
 * An address-shaped text (the highlighter's `addr`), maybe with /prefix or %zone; `after` is the rest of its
 * line, `before` the text before it on the line (context: a broadcast, a netmask that follows).
 */
export function addressEntity(text: string, before = '', after = ''): Entity | undefined {
  if (BROADCAST_BEFORE.test(before)) return undefined;
  const [, address = '', length] = /^([^/%]+)(?:%\w+)?(?:\/(\d+))?$/.exec(bareName(text)) ?? [];
  if (address.includes(':')) {
    const compressed = compressedIPv6(address);
    if (!compressed || STOP_IPV6.has(compressed)) return undefined;
    const bits = length === undefined ? undefined : Number(length);
    if (bits !== undefined && bits < 128 && ipv6Number(compressed) % 2n ** BigInt(128 - bits) === 0n) return { kind: 'prefix', name: `${compressed}/${bits}` };
    return { kind: 'address', name: compressed };
  }
  if (isNoiseIPv4(address)) return undefined;
  if (length !== undefined) {
    const bits = Number(length);
    return bits <= 32 && hostBitsZero(address, bits) ? { kind: 'prefix', name: `${address}/${bits}` } : { kind: 'address', name: address };
  }
  const mask = /(?<![\w.])(255\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\w.])/.exec(after)?.[1];
  const maskLength = mask === undefined ? undefined : netmaskLength(mask);
  if (maskLength !== undefined && maskLength < 32 && hostBitsZero(address, maskLength)) return { kind: 'prefix', name: `${address}/${maskLength}` };
  return { kind: 'address', name: address };
}

/** A MAC in any case, `:` or `-` separated: lower case with colons; broadcast and all-zero are noise. */
export function macEntity(text: string): Entity | undefined {
  const name = bareName(text).toLowerCase().replaceAll('-', ':');
  return STOP_MACS.has(name) ? undefined : { kind: 'mac', name };
}

/** A VLAN id as written (`032` is 32); undefined outside 1–4094. */
export function vlanEntity(id: string): Entity | undefined {
  const n = Number(id);
  return isVlanId(n) ? { kind: 'vlan', name: String(n) } : undefined;
}
