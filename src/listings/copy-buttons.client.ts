/**
 * Copy buttons of code listings (rendered hidden by transformers/code-frame.ts,
 * shown here). What each button copies is copy-text.ts's rule; the result is
 * announced to screen readers.
 */
import { copyTextOf, type CopyWhat } from './copy-text.ts';

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
  const what: CopyWhat = button.dataset['copy'] === 'commands' ? 'commands' : 'all';
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
