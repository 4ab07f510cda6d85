/**
 * Shell sessions (```shellsession / ```console): the prompt, the command and
 * the output become three different things. The command is highlighted as
 * shell, the output by what the command printed (see output-dialect.ts), the
 * prompt gets its own role (dimmed, not selectable), and each line is
 * classed `cmd`, `out` or `note` for the copy buttons and the styles.
 */
import type { ShikiTransformer, ShikiTransformerContextCommon, ThemedToken } from 'shiki';
import { SESSION_LANGS, blockFacts } from '../block-context.ts';
import { findNetworkRanges } from '../network-ranges.ts';
import { outputDialect, processCommandColumns, tableHeadingLines } from '../output-dialect.ts';
import { splitSession, type SessionCommand } from '../shell-session.ts';
import { paintRoles, roleToken, splitJoinedLine } from '../themed-tokens.ts';

/** Lines the author wrote into an XML listing as notes (`##Here is ...`): not XML, annotations. */
const ANNOTATION = /^##/;

function highlight(context: ShikiTransformerContextCommon, code: string, lang: string): ThemedToken[][] {
  // The site highlights with one (placeholder) theme; see token-roles.ts.
  const theme = 'theme' in context.options ? context.options.theme : undefined;
  if (!theme) throw new Error('code highlighting expects a single `theme` in markdown.shikiConfig');
  return context.codeToTokens(code, { lang, theme }).tokens;
}

function withNetwork(line: ThemedToken[], text: string): ThemedToken[] {
  return paintRoles(line, findNetworkRanges(text));
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
    tokens: tokens.map((line, i) => (notes.has(i) ? [roleToken(lines[i]!, 'annotation')] : withNetwork(line, lines[i]!))),
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
    const split = splitJoinedLine(commandTokens, parts.map((p) => p.length));
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
  return {
    name: 'site:terminal-session',
    preprocess(code, options) {
      const facts = blockFacts(this);
      facts.lang = options.lang;
      if (!SESSION_LANGS.has(options.lang)) return;
      facts.session = splitSession(code);
      // The session is tokenised piece by piece below; skip a pass over the whole.
      options.lang = 'text';
    },
    tokens(tokens) {
      const session = blockFacts(this).session;
      if (!session) return tokens;
      const rebuilt: ThemedToken[][] = session.lines.map((line) => [roleToken(line.text, undefined)]);
      const notes = new Set<number>();

      session.commands.forEach((command) => {
        const commandTokens = highlightCommand(this, command);
        command.lines.forEach((lineIndex, k) => {
          const line = session.lines[lineIndex]!;
          // Prompts are not searchable text: `[root@host ~]#` would match every listing.
          const prompt = line.kind === 'command' && line.prompt ? [{ ...roleToken(line.prompt, 'prompt'), htmlAttrs: { 'data-pagefind-ignore': '' } }] : [];
          rebuilt[lineIndex] = [...prompt, ...(commandTokens[k] ?? [])];
        });
        const output = highlightOutput(this, command.text, command.output.map((n) => session.lines[n]!.text));
        command.output.forEach((lineIndex, k) => {
          rebuilt[lineIndex] = output.tokens[k]!;
          if (output.notes.has(k)) notes.add(lineIndex);
        });
      });
      // Output before the first prompt, if any.
      session.lines.forEach((line, i) => {
        if (line.kind === 'output' && line.command === undefined) rebuilt[i] = withNetwork([roleToken(line.text, undefined)], line.text);
      });
      blockFacts(this).notes = notes;
      return rebuilt;
    },
    line(node, lineNumber) {
      const facts = blockFacts(this);
      const line = facts.session?.lines[lineNumber - 1];
      if (!line) return;
      this.addClassToHast(node, facts.notes?.has(lineNumber - 1) ? 'note' : line.kind === 'command' ? 'cmd' : 'out');
      // The line right after a note is the one it describes.
      if (facts.notes?.has(lineNumber - 2)) this.addClassToHast(node, 'annotated');
    },
  };
}

/** Plain listings (config files, logs, XML): addresses, MACs and interfaces stand out here too. */
const OVERLAID_LANGS = new Set(['text', 'txt', 'plaintext', 'plain', 'ini', 'properties', 'xml', 'ovs-vsctl', 'ifconfig', 'log', 'conf']);

export function transformerNetworkOverlay(): ShikiTransformer {
  return {
    name: 'site:network-overlay',
    tokens(tokens) {
      const facts = blockFacts(this);
      if (facts.session || !OVERLAID_LANGS.has(facts.lang ?? '')) return tokens;
      return tokens.map((line) => withNetwork(line, line.map((t) => t.content).join('')));
    },
  };
}
