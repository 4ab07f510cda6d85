/**
 * What language an imported listing is. WordPress code plugins spell it many
 * ways (`[code language="bash"]`, `class="brush: bash"`, `language-xml`);
 * each becomes a fence language the site's Shiki knows, or `text`. A listing
 * that opens with a shell prompt is a terminal session (`shellsession`),
 * whatever it was tagged, so it gets the prompt/command/output treatment of
 * the site's own posts; the prompt rule is the site's (src/listings/shell-session.ts).
 */
import { detectPromptStyle } from '../../listings/shell-session.ts';

/** Names WordPress plugins use, to the fence language the site highlights them with. */
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

/** The shortcodes of code plugins (SyntaxHighlighter Evolved and kin) that hold a listing. */
export const CODE_SHORTCODES: ReadonlySet<string> = new Set(['code', 'sourcecode', 'shell', 'bash', 'xml', 'php', 'sql', 'powershell', 'plain', 'text']);

/** The language a code shortcode names by its attributes, or by its own name (`[shell]`, `[xml]`). */
export function shortcodeLanguage(name: string, attributes: Record<string, string>): string | undefined {
  const named = attributes['language'] ?? attributes['lang'] ?? attributes['brush'];
  if (named) return named;
  return name === 'code' || name === 'sourcecode' ? undefined : name;
}

/** The language a `<pre>`/`<code>` class names: `language-xml`, `lang-xml`, `brush: bash;`, `lang:bash`. */
export function classLanguage(classes: string): string | undefined {
  const match = /(?:^|\s)(?:language|lang)[-:]([\w+#-]+)/.exec(classes) ?? /brush:\s*([\w+#-]+)/.exec(classes);
  return match?.[1];
}

/** The first line with text opens with a prompt that names a user and host, or a bare `$ `. */
export function isTranscript(code: string): boolean {
  const first = code.split('\n').find((line) => line.trim() !== '');
  if (first === undefined) return false;
  const style = detectPromptStyle([first]);
  // A bare `#` is as often a comment (an ifcfg file, a script) as a root prompt: not enough to call it a session.
  return style === 'user-host' || style === 'powershell' || style === 'bare-dollar';
}

/** The fence language for a listing: a transcript is a session; else the plugin's name, mapped, or `text`. */
export function listingLanguage(named: string | undefined, code: string): string {
  if (isTranscript(code)) return 'shellsession';
  if (!named) return 'text';
  return ALIASES[named.toLowerCase()] ?? 'text';
}
