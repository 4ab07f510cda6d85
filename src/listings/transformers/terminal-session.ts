/**
 * Shell sessions (```shellsession / ```console): the prompt, the command and
 * the output become three different things. The command is highlighted as
 * shell, the output by what the command printed (see output-dialect.ts), the
 * prompt gets its own role (dimmed, not selectable, not searchable), and each
 * line is classed `cmd`, `out` or `note` for the copy buttons and the styles.
 */
import type { LanguageRegistration, ShikiTransformer, ShikiTransformerContextCommon, ThemedToken } from 'shiki';
import { createBlockState } from '../../code-block-core/block-state.ts';
import { paintNetwork } from '../../code-block-core/network-ranges.ts';
import { outputDialect, processCommandColumns, tableHeadingLines } from '../../code-block-core/output-dialect.ts';
import { ANNOTATION, SESSION_LANGS, isSessionLang, splitSession, type Session, type SessionCommand } from '../../code-block-core/shell-session.ts';
import { roleToken, splitJoinedLine } from '../../code-block-core/themed-tokens.ts';

/**
 * Sessions are tokenised piece by piece below, so Shiki's own pass over the
 * whole transcript is wasted work: an empty grammar under the session names
 * makes that pass cost nothing, and keeps the fence's language as written.
 */
export const sessionLanguage: LanguageRegistration = {
  name: 'shellsession',
  scopeName: 'text.shell-session.site',
  aliases: [...SESSION_LANGS].filter((lang) => lang !== 'shellsession'),
  patterns: [],
  repository: {},
};

interface SessionState {
  session?: Session;
  /** Line indexes (0-based) that are author annotations, not listing text. */
  notes: Set<number>;
}

function highlight(context: ShikiTransformerContextCommon, code: string, lang: string): ThemedToken[][] {
  // The site highlights with one (placeholder) theme; see token-roles.ts.
  const theme = 'theme' in context.options ? context.options.theme : undefined;
  if (!theme) throw new Error('code highlighting expects a single `theme` in markdown.shikiConfig');
  return context.codeToTokens(code, { lang, theme }).tokens;
}

/** Tokens for the output lines of one command. */
function highlightOutput(context: ShikiTransformerContextCommon, command: string, lines: string[]): { tokens: ThemedToken[][]; notes: Set<number> } {
  const dialect = outputDialect(command);
  const notes = new Set<number>();
  let tokens: ThemedToken[][];

  if (dialect.kind === 'grammar') {
    const annotated = dialect.lang === 'xml';
    lines.forEach((line, i) => annotated && ANNOTATION.test(line) && notes.add(i));
    const source = lines.map((line, i) => (notes.has(i) ? '' : line)).join('\n');
    tokens = highlight(context, source, dialect.lang);
  } else if (dialect.kind === 'table') {
    const headings = tableHeadingLines(lines);
    tokens = lines.map((line, i) => [roleToken(line, i < headings ? 'heading' : undefined)]);
  } else if (dialect.kind === 'process') {
    tokens = highlightProcesses(context, lines);
  } else {
    tokens = lines.map((line) => [roleToken(line, undefined)]);
  }

  return {
    tokens: tokens.map((line, i) => (notes.has(i) ? [roleToken(lines[i]!, 'annotation')] : paintNetwork(line, lines[i]!))),
    notes,
  };
}

/** `ps` output: fields as plain text, each process's command line (wrapped or not) as one shell command. */
function highlightProcesses(context: ShikiTransformerContextCommon, lines: string[]): ThemedToken[][] {
  const columns = processCommandColumns(lines);
  const tokens: ThemedToken[][] = lines.map((line) => [roleToken(line, undefined)]);
  for (let i = 0; i < lines.length; i++) {
    const column = columns[i];
    if (column === undefined || column === 0) continue;
    const group = [i];
    while (columns[group.at(-1)! + 1] === 0) group.push(group.at(-1)! + 1);
    const parts = group.map((n, k) => (k === 0 ? lines[n]!.slice(column) : lines[n]!));
    const commandTokens = highlight(context, parts.join(' '), 'shellscript')[0] ?? [];
    const split = splitJoinedLine(
      commandTokens,
      parts.map((p) => p.length),
    );
    group.forEach((n, k) => {
      tokens[n] = k === 0 ? [roleToken(lines[n]!.slice(0, column), undefined), ...split[0]!] : split[k]!;
    });
    i = group.at(-1)!;
  }
  return tokens;
}

function highlightCommand(context: ShikiTransformerContextCommon, command: SessionCommand): ThemedToken[][] {
  return highlight(context, command.text, command.shell === 'powershell' ? 'powershell' : 'shellscript');
}

export function transformerTerminalSession(): ShikiTransformer {
  const stateOf = createBlockState<SessionState>(() => ({ notes: new Set() }));
  return {
    name: 'site:terminal-session',
    preprocess(code, options) {
      if (isSessionLang(options.lang)) stateOf(this).session = splitSession(code);
    },
    tokens(tokens) {
      const state = stateOf(this);
      const session = state.session;
      if (!session) return tokens;
      const rebuilt: ThemedToken[][] = session.lines.map((line) => [roleToken(line.text, undefined)]);

      session.commands.forEach((command) => {
        const commandTokens = highlightCommand(this, command);
        command.lines.forEach((lineIndex, k) => {
          const line = session.lines[lineIndex]!;
          // Prompts are not searchable text: `[root@host ~]#` would match every listing.
          const prompt = line.kind === 'command' && line.prompt ? [{ ...roleToken(line.prompt, 'prompt'), htmlAttrs: { 'data-pagefind-ignore': '' } }] : [];
          rebuilt[lineIndex] = [...prompt, ...(commandTokens[k] ?? [])];
        });
        const output = highlightOutput(
          this,
          command.text,
          command.output.map((n) => session.lines[n]!.text),
        );
        command.output.forEach((lineIndex, k) => {
          rebuilt[lineIndex] = output.tokens[k]!;
          if (output.notes.has(k)) state.notes.add(lineIndex);
        });
      });
      // Output before the first prompt, if any.
      session.lines.forEach((line, i) => {
        if (line.kind === 'output' && line.command === undefined) rebuilt[i] = paintNetwork([roleToken(line.text, undefined)], line.text);
      });
      return rebuilt;
    },
    line(node, lineNumber) {
      const { session, notes } = stateOf(this);
      const line = session?.lines[lineNumber - 1];
      if (!line) return;
      this.addClassToHast(node, notes.has(lineNumber - 1) ? 'note' : line.kind === 'command' ? 'cmd' : 'out');
      // The line right after a note is the one it describes.
      if (notes.has(lineNumber - 2)) this.addClassToHast(node, 'annotated');
    },
  };
}
