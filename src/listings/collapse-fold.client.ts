/**
 * The "Hide N lines" button at the end of an opened stretch of a listing
 * (rendered hidden by transformers/code-frame.ts): it folds the stretch again
 * and puts focus back on its summary, which brings the summary into view and
 * tells a screen reader the section is collapsed. Without this script the
 * summary still opens and closes the stretch; only the second control is missing.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-code-fold]')) button.hidden = false;

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button[data-code-fold]');
  const details = button?.closest('details');
  if (!details) return;
  details.open = false;
  const summary = details.querySelector('summary');
  if (!summary) return;
  // The lines above the button are gone: jump (never glide) to where the stretch now begins, and focus it. A smooth
  // scroll still running (the one that brought the button into view) is stopped first, or it would carry the page on
  // past the summary; and once more on the next frame, after the browser's scroll anchoring has had its say.
  const bringBack = () => {
    window.scrollTo({ left: window.scrollX, top: window.scrollY, behavior: 'instant' });
    summary.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  };
  summary.focus({ preventScroll: true });
  bringBack();
  requestAnimationFrame(bringBack);
});
