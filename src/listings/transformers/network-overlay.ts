/**
 * Plain listings (config files, logs, XML, ovs-vsctl and ifconfig output):
 * addresses, MACs and interfaces stand out here as they do in sessions.
 * Sessions paint their own output (terminal-session.ts).
 */
import type { ShikiTransformer } from 'shiki';
import { OVERLAID_LANGS } from '../../code-block-core/fence-languages.ts';
import { paintNetwork } from '../../code-block-core/network-ranges.ts';

export function transformerNetworkOverlay(): ShikiTransformer {
  return {
    name: 'site:network-overlay',
    tokens(tokens) {
      if (!OVERLAID_LANGS.has(this.options.lang)) return tokens;
      return tokens.map((line) => paintNetwork(line));
    },
  };
}
