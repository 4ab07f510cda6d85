/**
 * The theme switch of components/ThemeToggle.astro: System, Light or Dark.
 * The page's scheme is html[data-theme] (global.css): absent, the OS decides.
 * Light and Dark are saved, and theme-init.inline.js applies the saved one
 * before first paint on every page; System removes it, so the OS decides again.
 */
type ThemeChoice = 'system' | 'light' | 'dark';

/** The key theme-init.inline.js reads (a plain script: it cannot import this). */
const STORAGE_KEY = 'theme';
const root = document.documentElement;

function asChoice(value: string | null | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** What the page shows now. */
function appliedChoice(): ThemeChoice {
  return asChoice(root.dataset['theme']);
}

function savedChoice(): ThemeChoice {
  try {
    return asChoice(localStorage.getItem(STORAGE_KEY));
  } catch {
    // Storage blocked: the choice made on this page is the only one there is.
    return appliedChoice();
  }
}

function apply(choice: ThemeChoice): void {
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
}

function save(choice: ThemeChoice): void {
  try {
    if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be blocked (private mode, a strict policy); the choice then lasts for this page only.
  }
}

const radios = [...document.querySelectorAll<HTMLInputElement>('[data-theme-choice] input[type="radio"]')];

/** The radios say what the page shows (their look follows html[data-theme] by CSS, from the first paint). */
function syncRadios(): void {
  const choice = appliedChoice();
  for (const radio of radios) radio.checked = radio.value === choice;
}

syncRadios();
for (const radio of radios) {
  // A click, Space, or the arrow keys moving through the group: each checks a radio and fires change.
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    const choice = asChoice(radio.value);
    apply(choice);
    save(choice);
  });
}

// Another tab chose, or this page comes back from the back-forward cache after a choice elsewhere: follow the saved choice.
function followSaved(): void {
  apply(savedChoice());
  syncRadios();
}
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY || event.key === null) followSaved();
});
// pageshow also comes after a browser restores the radios as a form on a history visit: they say what the page shows again.
window.addEventListener('pageshow', (event) => (event.persisted ? followSaved() : syncRadios()));
