// Response headers for the static pages in test/pages/ that need them. The
// policy of csp.html is a header because a <meta> policy cannot carry every
// directive and only applies to what comes after it in the page.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

// The tt-*.html pages run a host app with its own Lit next to the bundle's
// copy, so two policies named lit-html are created: 'allow-duplicates' lets
// the second one be. The -no-duplicates pages show what breaks without it.
const TT_BASE =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";
const TT_DUPLICATES = `${TT_BASE} 'allow-duplicates'`;

const HEADERS = {
  '/test/pages/csp.html': { 'Content-Security-Policy': CSP },
  '/test/pages/tt-host-first.html': { 'Content-Security-Policy': TT_DUPLICATES },
  '/test/pages/tt-widgets-first.html': { 'Content-Security-Policy': TT_DUPLICATES },
  '/test/pages/tt-host-first-no-duplicates.html': { 'Content-Security-Policy': TT_BASE },
  '/test/pages/tt-widgets-first-no-duplicates.html': { 'Content-Security-Policy': TT_BASE },
};

export function pageHeaders() {
  return async (ctx, next) => {
    const headers = HEADERS[ctx.path];
    if (!headers) return next();
    await next();
    for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
    // The runner would mark the page cacheable for a year; a page whose
    // headers matter is served anew each time, so a header change shows at once.
    ctx.set('Cache-Control', 'no-store');
    const set = ctx.response.set.bind(ctx.response);
    ctx.response.set = (field, value) => {
      if (String(field).toLowerCase() !== 'cache-control') set(field, value);
    };
  };
}
