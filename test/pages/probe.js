// Loaded first, as a classic script, by every page here: it records what the
// tests need to see from inside the frame before any widget code runs.
(() => {
  const probe = { violations: [], errors: [], warnings: [], events: [] };
  window.probe = probe;

  document.addEventListener('securitypolicyviolation', (event) => {
    probe.violations.push({
      violatedDirective: event.violatedDirective,
      effectiveDirective: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sample: event.sample,
      source: `${event.sourceFile}:${event.lineNumber}`,
    });
  });

  // Capturing, so resource elements that fail to load (which do not bubble)
  // are reported too.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      probe.errors.push(
        event.error || event.message
          ? String(event.error ?? event.message)
          : `failed to load ${(target && (target.src || target.href)) || target}`,
      );
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => {
    probe.errors.push(`unhandled rejection: ${String(event.reason)}`);
  });

  const warn = console.warn;
  console.warn = (...args) => {
    probe.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };

  for (const type of ['sp-load', 'sp-error']) {
    document.addEventListener(type, (event) => probe.events.push({ type, target: event.target }), true);
  }
})();
