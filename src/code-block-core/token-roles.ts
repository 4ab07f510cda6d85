/**
 * Code is coloured by role, not by colour: Shiki is given a theme whose
 * "colours" are placeholders, one per role, and a transformer turns each
 * placeholder into a class (`c-string`). The real colours live in
 * src/styles/code.css as CSS variables for both schemes, so switching the
 * scheme needs no re-render, the CSP needs no inline styles, and every token
 * colour is tested for contrast in one place.
 */
import type { ThemeRegistration } from 'shiki';

export const TOKEN_ROLES = [
  'comment',
  'keyword',
  'string',
  'number',
  'function',
  'parameter',
  'tag',
  'attr',
  'punct',
  'prompt',
  'addr',
  'mac',
  'iface',
  'heading',
  'annotation',
] as const;

export type TokenRole = (typeof TOKEN_ROLES)[number];

/** Placeholder colour of a role: #0100NN, NN being its index + 1 in hex. */
export function roleColor(role: TokenRole): string {
  return `#0100${(TOKEN_ROLES.indexOf(role) + 1).toString(16).padStart(2, '0')}`;
}

/** Text with no role (plain output, identifiers) gets this placeholder and no class. */
export const PLAIN_COLOR = '#010000';

const roleByColor = new Map<string, TokenRole>(TOKEN_ROLES.map((role) => [roleColor(role), role]));

export function roleOfColor(color: string | undefined): TokenRole | undefined {
  return color ? roleByColor.get(color.toLowerCase()) : undefined;
}

export function roleClass(role: TokenRole): string {
  return `c-${role}`;
}

/** TextMate scopes per role. The most specific matching scope wins, as in any TextMate theme. */
const SCOPES: Record<TokenRole, string[]> = {
  comment: ['comment', 'punctuation.definition.comment'],
  keyword: ['keyword', 'storage', 'keyword.control', 'keyword.operator.logical', 'support.function.builtin', 'keyword.other.ovs'],
  string: ['string', 'markup.inline.raw', 'string.unquoted.argument'],
  number: ['constant.numeric', 'constant.language', 'constant.character', 'constant.other.uuid', 'support.constant'],
  function: ['entity.name.function', 'support.function', 'entity.name.command', 'meta.function-call.shell entity.name'],
  parameter: ['variable', 'variable.parameter', 'variable.other', 'support.variable', 'constant.other.option'],
  tag: ['entity.name.tag', 'punctuation.definition.tag'],
  attr: [
    'entity.other.attribute-name',
    'support.type.property-name',
    'variable.other.key',
    'keyword.other.definition.ini',
    'entity.name.section',
    'entity.other.label',
  ],
  punct: ['punctuation', 'keyword.operator', 'meta.brace'],
  prompt: ['punctuation.definition.prompt'],
  addr: ['constant.other.ip-address'],
  mac: ['constant.other.mac-address'],
  iface: ['entity.name.interface', 'variable.other.interface'],
  heading: ['markup.heading'],
  annotation: ['comment.block.annotation'],
};

/** The Shiki theme: placeholders only. Never shown as is; see the module comment. */
export const codeTheme: ThemeRegistration = {
  name: 'site-roles',
  type: 'light',
  colors: { 'editor.background': '#010001', 'editor.foreground': PLAIN_COLOR },
  tokenColors: [{ settings: { foreground: PLAIN_COLOR } }, ...TOKEN_ROLES.map((role) => ({ scope: SCOPES[role], settings: { foreground: roleColor(role) } }))],
};
