(function () {
  // Lets CSS show JavaScript-only parts without a flash (and hide their fallbacks).
  document.documentElement.classList.add('js');
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch {
    // Storage blocked (private mode, a strict policy): the system's scheme stands.
  }
})();
