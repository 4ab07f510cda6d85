/**
 * Splits a terminal transcript into prompts, commands and output.
 *
 * A transcript's prompt style is set by its first prompt line. Prompts that
 * name a user and host (`[root@host ~]# `, `nutanix@cvm:10.59.30.77:~$ `) and
 * PowerShell prompts (`PS C:\> `) are recognised on any line; bare prompts
 * (`$ `, `# `) only in a transcript that starts with one, so a `# comment`
 * or `$ 5.00` printed by a command stays output. In a bare-`#` transcript
 * `# cmd` is a root prompt and `#comment` (no space) is output.
 * A command ending in `\` (or a PowerShell backtick) continues on the next line.
 */

/** Fence languages of terminal transcripts. */
export const SESSION_LANGS: ReadonlySet<string> = new Set(['shellsession', 'console', 'shell-session', 'terminal']);

export function isSessionLang(lang: string): boolean {
  return SESSION_LANGS.has(lang);
}

export type PromptStyle = 'user-host' | 'powershell' | 'bare-dollar' | 'bare-hash' | 'bare-percent';

export type SessionLine =
  | {
      kind: 'command';
      /** The prompt as written, including the space after it ('' on continuation lines). */
      prompt: string;
      /** The command text on this line, as written. */
      text: string;
      /** Index into `commands`. */
      command: number;
      /** This line continues the previous command line. */
      continuation: boolean;
    }
  | {
      kind: 'output';
      text: string;
      /** Index into `commands` of the command that printed it, if any came before. */
      command: number | undefined;
    };

export interface SessionCommand {
  /** The whole command as typed: its lines joined by newlines, without prompts. */
  text: string;
  /** Indexes into `lines` of its command lines. */
  lines: number[];
  /** Indexes into `lines` of the output it printed. */
  output: number[];
  shell: 'posix' | 'powershell';
}

export interface Session {
  style: PromptStyle | undefined;
  lines: SessionLine[];
  commands: SessionCommand[];
}

const USER_HOST_BRACKETED = /^\[[^\]\s@]+@[^\]\s]+(?: [^\]]*)?\][#$%] ?/;
const USER_HOST_PLAIN = /^[\w.-]+@[\w.-]+(?::[^\s#$%]*)?[#$%] ?/;
const POWERSHELL = /^PS [A-Za-z]:[^>\n]*> ?/;
const BARE: Record<'bare-dollar' | 'bare-hash' | 'bare-percent', RegExp> = {
  'bare-dollar': /^\$(?: |$)/,
  'bare-hash': /^#(?: |$)/,
  'bare-percent': /^%(?: |$)/,
};

interface PromptMatch {
  style: PromptStyle;
  prompt: string;
}

function matchStructuredPrompt(line: string): PromptMatch | undefined {
  const userHost = USER_HOST_BRACKETED.exec(line) ?? USER_HOST_PLAIN.exec(line);
  if (userHost) return { style: 'user-host', prompt: userHost[0] };
  const powershell = POWERSHELL.exec(line);
  if (powershell) return { style: 'powershell', prompt: powershell[0] };
  return undefined;
}

function matchBarePrompt(line: string): PromptMatch | undefined {
  for (const [style, pattern] of Object.entries(BARE) as Array<[keyof typeof BARE, RegExp]>) {
    const match = pattern.exec(line);
    if (match) return { style, prompt: match[0] };
  }
  return undefined;
}

/** The prompt style of a transcript: that of its first line that is a prompt of any kind. */
export function detectPromptStyle(lines: string[]): PromptStyle | undefined {
  for (const line of lines) {
    const match = matchStructuredPrompt(line) ?? matchBarePrompt(line);
    if (match) return match.style;
  }
  return undefined;
}

function continues(text: string, shell: SessionCommand['shell']): boolean {
  if (shell === 'powershell') return /`\s*$/.test(text);
  const trailing = /(\\+)\s*$/.exec(text)?.[1] ?? '';
  return trailing.length % 2 === 1;
}

export function splitSession(code: string): Session {
  const rawLines = code.split('\n');
  const style = detectPromptStyle(rawLines);
  const lines: SessionLine[] = [];
  const commands: SessionCommand[] = [];
  let continuing: number | undefined;

  rawLines.forEach((raw, index) => {
    if (continuing !== undefined) {
      const command = commands[continuing]!;
      lines.push({ kind: 'command', prompt: '', text: raw, command: continuing, continuation: true });
      command.lines.push(index);
      command.text += `\n${raw}`;
      if (!continues(raw, command.shell)) continuing = undefined;
      return;
    }
    const match = matchStructuredPrompt(raw) ?? (style?.startsWith('bare-') ? matchBarePrompt(raw) : undefined);
    if (match && (match.style === style || match.style === 'user-host' || match.style === 'powershell')) {
      const text = raw.slice(match.prompt.length);
      const shell = match.style === 'powershell' ? 'powershell' : 'posix';
      commands.push({ text, lines: [index], output: [], shell });
      const commandIndex = commands.length - 1;
      lines.push({ kind: 'command', prompt: match.prompt, text, command: commandIndex, continuation: false });
      if (continues(text, shell)) continuing = commandIndex;
      return;
    }
    const owner = commands.length > 0 ? commands.length - 1 : undefined;
    lines.push({ kind: 'output', text: raw, command: owner });
    if (owner !== undefined) commands[owner]!.output.push(index);
  });

  return { style, lines, commands };
}

/** Lines the author wrote into an XML listing as notes (`##Here is ...`): not XML, annotations. */
export const ANNOTATION = /^##/;
