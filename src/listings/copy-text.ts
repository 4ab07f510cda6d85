/**
 * The one rule for what a listing's copy buttons put on the clipboard, read
 * from the listing as rendered (code-frame.ts and terminal-session.ts mark
 * the lines):
 * - "Copy commands": each command line of a session, without its prompt or
 *   trailing blanks, empty commands left out, one per line;
 * - "Copy all": every line as shown, except the author's notes.
 * Plain DOM, no globals: the browser runs it (copy-buttons.client.ts) and the
 * unit tests run the same function on the rendered HTML.
 */
export type CopyWhat = 'commands' | 'all';

const ELEMENT_NODE = 1;

function lineText(line: Element, withoutPrompt: boolean): string {
  let text = '';
  for (const node of line.childNodes) {
    if (withoutPrompt && node.nodeType === ELEMENT_NODE && (node as Element).classList.contains('c-prompt')) continue;
    text += node.textContent ?? '';
  }
  return text;
}

export function copyTextOf(figure: Element, what: CopyWhat): string {
  if (what === 'all') return [...figure.querySelectorAll('.line:not(.note)')].map((line) => lineText(line, false)).join('\n');
  return [...figure.querySelectorAll('.line.cmd')]
    .map((line) => lineText(line, true).replace(/[ \t]+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}
