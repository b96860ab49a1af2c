// For pages rendered on the server (sparkpulse render): records whether any
// widget ever shows its placeholder while the script tag takes it over, and
// the layout shifts meanwhile. Loaded before the loader.
(() => {
  const watch = { placeholders: 0, shifts: 0 };
  window.takeoverWatch = watch;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) watch.shifts += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  document.addEventListener('DOMContentLoaded', () => {
    for (const el of document.querySelectorAll('[data-sparkpulse-rendered]')) {
      new MutationObserver(() => {
        if (el.shadowRoot.querySelector('[part="loading"]')) watch.placeholders += 1;
      }).observe(el.shadowRoot, { childList: true, subtree: true });
    }
  });
})();
