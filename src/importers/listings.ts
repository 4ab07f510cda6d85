/**
 * What language an imported listing is, for every importer. Old blogs spell
 * a language many ways (a WordPress plugin's `[code language="sh"]`, a
 * Jekyll `{% highlight console %}`, a Hugo fence's `zsh`); each becomes a
 * fence language the site's Shiki knows, or `text`. A listing that opens
 * with a shell prompt is a terminal session (`shellsession`), whatever it
 * was tagged, so it gets the prompt/command/output treatment of the site's
 * own posts; the prompt rule is the site's (src/code-block-core/shell-session.ts).
 */
import { detectPromptStyle } from '../code-block-core/shell-session.ts';

/** Names old blogs use, to the fence language the site highlights them with. */
const ALIASES: Record<string, string> = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'shellsession',
  shellsession: 'shellsession',
  terminal: 'shellsession',
  xml: 'xml',
  html: 'html',
  xhtml: 'html',
  ini: 'ini',
  conf: 'ini',
  cfg: 'ini',
  yaml: 'yaml',
  yml: 'yaml',
  json: 'json',
  js: 'javascript',
  javascript: 'javascript',
  jscript: 'javascript',
  ts: 'typescript',
  typescript: 'typescript',
  python: 'python',
  py: 'python',
  powershell: 'powershell',
  ps: 'powershell',
  ps1: 'powershell',
  php: 'php',
  sql: 'sql',
  css: 'css',
  diff: 'diff',
  patch: 'diff',
  java: 'java',
  c: 'c',
  cpp: 'cpp',
  go: 'go',
  ruby: 'ruby',
  rb: 'ruby',
  perl: 'perl',
  plain: 'text',
  plaintext: 'text',
  text: 'text',
  txt: 'text',
  none: 'text',
};

/** The first line with text opens with a prompt that names a user and host, or a bare `$ `. */
export function isTranscript(code: string): boolean {
  const first = code.split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return false;
  const style = detectPromptStyle([first]);
  // A bare `#` is as often a comment (an ifcfg file, a script) as a root prompt: not enough to call it a session.
  return style === 'user-host' || style === 'powershell' || style === 'bare-dollar';
}

/** The site's name for a language an old blog names (`sh` → `bash`, `console` → `shellsession`), or undefined when it has none. */
export function languageAlias(named: string): string | undefined {
  return ALIASES[named.toLowerCase()];
}

/** The fence language for a listing: a transcript is a session; else the plugin's name, mapped, or `text`. */
export function listingLanguage(named: string | undefined, code: string): string {
  if (isTranscript(code)) return 'shellsession';
  if (!named) return 'text';
  return languageAlias(named) ?? 'text';
}
