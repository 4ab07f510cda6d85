/**
 * Plain listings (config files, logs, XML, ovs-vsctl and ifconfig output):
 * addresses, MACs and interfaces stand out here as they do in sessions.
 * Sessions paint their own output (terminal-session.ts).
 */
import type { ShikiTransformer } from 'shiki';
import { paintNetwork } from '../network-ranges.ts';

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

export function transformerNetworkOverlay(): ShikiTransformer {
  return {
    name: 'site:network-overlay',
    tokens(tokens) {
      if (!OVERLAID_LANGS.has(this.options.lang)) return tokens;
      return tokens.map((line) => paintNetwork(line));
    },
  };
}
