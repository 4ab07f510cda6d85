/**
 * Copy buttons of code listings (rendered hidden by src/markdown/transformers/
 * code-frame.ts, shown here). "Copy commands" copies a session's commands,
 * one per line, without prompts or output; "Copy all" the whole listing
 * except the author's notes. The result is announced to screen readers.
 */

function textOfLines(figure: Element, selector: string, withoutPrompt: boolean): string[] {
  return [...figure.querySelectorAll<HTMLElement>(selector)].map((line) => {
    if (!withoutPrompt) return line.textContent ?? '';
    return [...line.childNodes]
      .filter((node) => !(node instanceof HTMLElement && node.classList.contains('c-prompt')))
      .map((node) => node.textContent ?? '')
      .join('');
  });
}

export function copyTextOf(figure: Element, what: 'commands' | 'all'): string {
  if (what === 'all') return textOfLines(figure, '.line:not(.note)', false).join('\n');
  return textOfLines(figure, '.line.cmd', true)
    .map((line) => line.replace(/[ \t]+$/, ''))
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** The Clipboard API needs a secure context (https or localhost), which every static host gives. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

for (const actions of document.querySelectorAll<HTMLElement>('[data-code-actions]')) actions.hidden = false;

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-copy]');
  const figure = button?.closest('.code-block');
  if (!button || !figure) return;
  const what = button.dataset['copy'] === 'commands' ? 'commands' : 'all';
  const copied = await writeClipboard(copyTextOf(figure, what));
  const status = figure.querySelector<HTMLElement>('[data-code-status]');
  const label = button.textContent;
  button.dataset['copied'] = '';
  button.textContent = copied ? 'Copied' : 'Copy failed';
  if (status) status.textContent = !copied ? 'Copy failed: select the text instead' : what === 'commands' ? 'Commands copied' : 'Copied';
  window.setTimeout(() => {
    button.textContent = label;
    delete button.dataset['copied'];
    if (status) status.textContent = '';
  }, 2000);
});

// Collapsed stretches of a listing print in full.
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.code-collapse')) details.open = true;
});
