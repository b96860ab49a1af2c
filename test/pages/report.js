// For pages a test cannot read into (a sandboxed frame has an opaque origin):
// once every widget has fired sp-load or sp-error, or after 8 s, posts what
// probe.js recorded, with each widget's rendered text, to the parent window.
(() => {
  const widgets = () => [...document.querySelectorAll('*')].filter((el) => /-(compare|timeline|velocity-badge)$/.test(el.localName));
  const started = Date.now();
  const check = () => {
    const settled = widgets().every((el) => window.probe.events.some((event) => event.target === el));
    if (!settled && Date.now() - started < 8_000) return void setTimeout(check, 50);
    parent.postMessage(
      {
        sparkpulseReport: true,
        settled,
        errors: window.probe.errors,
        warnings: window.probe.warnings,
        widgets: widgets().map((el) => ({
          tag: el.localName,
          defined: Boolean(customElements.get(el.localName)),
          events: window.probe.events.filter((event) => event.target === el).map((event) => event.type),
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
          height: el.getBoundingClientRect().height,
        })),
      },
      '*',
    );
  };
  addEventListener('load', check);
})();
