// The widgets' own main-thread work, and what a page pays to load them cold.
//
// - Widget tasks: from a trace of the demo blog page, every main-thread task
//   from the first evaluation of a chunk in dist/cdn/ onwards. The page's own
//   first layout comes before, so what is left is the widgets' (and whatever
//   the page does meanwhile, which on the demo page is nothing).
// - Cold loads: a fresh browser context per load, each page from the network,
//   timed from navigation until what it shows is on screen: a comparison
//   against the same markup and styles as declarative shadow DOM, and 100
//   badges against 100 static spans with the same text.

import { GeneratedPage } from './server.mjs';

/** The renderer's main thread in `events`: the one that evaluated the page's scripts. */
function mainThread(events, pageUrl) {
  const committed = events.filter((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === pageUrl).at(-1);
  const pid = committed?.args?.data?.processId;
  const thread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (pid === undefined || e.pid === pid));
  if (!thread) throw new Error(`The trace has no renderer main thread for ${pageUrl}`);
  return events.filter((e) => e.pid === thread.pid && e.tid === thread.tid);
}

/**
 * `{ widgets, page }` in ms: the longest task from the first chunk's
 * evaluation onwards, and the longest of the whole load.
 */
export function widgetTasks(trace, pageUrl) {
  const events = mainThread(trace.traceEvents ?? trace, pageUrl);
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const firstChunk = events.find(
    (e) => /evaluateModule|EvaluateScript|compileModule/.test(e.name) && JSON.stringify(e.args ?? {}).includes('/dist/cdn/'),
  );
  if (!firstChunk) throw new Error(`No chunk of dist/cdn/ was evaluated while ${pageUrl} loaded`);
  const longest = (list) => Math.max(0, ...list.map((e) => e.dur ?? 0)) / 1000;
  // The task that evaluates the first chunk counts: it started before the chunk did.
  const started = tasks.filter((e) => e.ts + (e.dur ?? 0) >= firstChunk.ts);
  return { widgets: longest(started), page: longest(tasks) };
}

/** The comparison's markup and styles, read from a live one, as declarative shadow DOM under another name. */
export function declarativeCompare() {
  const el = document.querySelector('sp-compare');
  const styles = el.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
  return `<static-compare style="display:block"><template shadowrootmode="open"><style>${styles}</style>${el.shadowRoot.innerHTML}</template></static-compare>`;
}

const shell = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="sparkpulse:endpoint" content="/demo/endpoint/">${head}` +
  `<style>body{margin:0;font:16px/1.5 system-ui,sans-serif}main{max-width:46rem;margin:0 auto;padding:1rem}</style></head>` +
  `<body><main>${body}</main></body></html>`;

const LOADER = '<script src="/dist/sparkpulse.js"></script>';
const SLUGS = ['kafka', 'linkerd', 'argo-cd', 'istio', 'grafana', 'prometheus', 'opentelemetry', 'terraform', 'cilium', 'postgresql', 'clickhouse'];

/** Pages for the cold loads; the declarative one needs `compareMarkup` from a live comparison. */
export function coldPages(compareMarkup, badgeNames) {
  const badges = Array.from({ length: 100 }, (_, i) => `<sp-velocity-badge product="${SLUGS[i % SLUGS.length]}"></sp-velocity-badge> `);
  const spans = Array.from({ length: 100 }, (_, i) => `<span class="badge">${badgeNames[SLUGS[i % SLUGS.length]]}</span> `);
  return new Map([
    ['/bench/cold/compare.html', new GeneratedPage(shell(LOADER, '<sp-compare a="kafka" b="linkerd"></sp-compare>'))],
    ['/bench/cold/compare-static.html', new GeneratedPage(shell('', compareMarkup))],
    ['/bench/cold/badges.html', new GeneratedPage(shell(LOADER, badges.join('')))],
    [
      '/bench/cold/badges-static.html',
      new GeneratedPage(
        shell('<style>.badge{display:inline-block;width:224px;height:24px;vertical-align:middle;border:1px solid #d1d9e0;border-radius:8px;font-size:14px;line-height:20px;overflow:hidden;white-space:nowrap}</style>', spans.join('')),
      ),
    ],
  ]);
}

/**
 * Installed in the page before it loads (evaluateOnNewDocument): resolves
 * `window.__shown` with the ms from navigation until `widgets` sp-* elements
 * have fired sp-load and a frame has drawn them; with none expected, until
 * the load event and a frame after it.
 */
export function recordShown(widgets) {
  window.__shown = new Promise((resolve) => {
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
    if (widgets === 0) return addEventListener('load', done, { once: true });
    let loaded = 0;
    document.addEventListener('sp-load', () => (loaded += 1) === widgets && done(), true);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs `body(page)` in a fresh context (a window of its own, a cold cache) and closes it. */
async function inFreshPage(browser, viewport, body) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    return await body(page);
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * The widgets' longest task on `path` at each CPU slowdown in `slowdowns`,
 * the median of `runs` loads each, with the page's longest for scale.
 */
export async function measureWidgetTasks(browser, origin, path, { slowdowns = [4, 1], runs = 3, viewport, timeoutMs = 30_000 }) {
  const results = {};
  for (const slowdown of slowdowns) {
    const samples = [];
    for (let run = 0; run < runs; run++) {
      samples.push(
        await inFreshPage(browser, viewport, async (page) => {
          const url = `${origin}/${path}`;
          await page.emulateCPUThrottling(slowdown);
          await page.evaluateOnNewDocument(recordShown, 1);
          await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
          let trace;
          try {
            await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
            await page.evaluate(() => window.__shown);
            // Whatever the widgets do after their first sp-load (the lazy timeline waits for a scroll).
            await new Promise((resolve) => setTimeout(resolve, 1000));
          } finally {
            trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
          }
          return widgetTasks(trace, url);
        }),
      );
    }
    results[`${slowdown}x`] = {
      widgets: median(samples.map((s) => s.widgets)),
      page: median(samples.map((s) => s.page)),
      samples,
    };
  }
  return results;
}

/** Ms until `path` shows what it shows, in a fresh context: the median of `runs` loads. */
async function coldLoad(browser, origin, path, widgets, { runs, viewport }) {
  const samples = [];
  for (let run = 0; run < runs; run++) {
    samples.push(
      await inFreshPage(browser, viewport, async (page) => {
        await page.evaluateOnNewDocument(recordShown, widgets);
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        return page.evaluate(() => window.__shown);
      }),
    );
  }
  return { ms: median(samples), samples };
}

/**
 * Cold loads against their static equivalents: `<sp-compare>` against its own
 * markup and styles as declarative shadow DOM, 100 badges against 100 spans.
 * `addPages` puts the generated pages on the bench server.
 */
export async function measureColdLoads(browser, origin, addPages, { runs = 5, viewport }) {
  const { markup, names } = await inFreshPage(browser, viewport, async (page) => {
    await page.evaluateOnNewDocument(recordShown, 1);
    addPages(coldPages('', {}));
    await page.goto(`${origin}/bench/cold/compare.html`, { waitUntil: 'load' });
    await page.evaluate(() => window.__shown);
    const index = await (await fetch(`${origin}/demo/endpoint/index.json`)).json();
    return {
      markup: await page.evaluate(declarativeCompare),
      names: Object.fromEntries(index.products.map((p) => [p.slug, `${p.name} velocity ${p.velocity.toFixed(1)}`])),
    };
  });
  addPages(coldPages(markup, names));
  const compare = await coldLoad(browser, origin, '/bench/cold/compare.html', 1, { runs, viewport });
  const compareStatic = await coldLoad(browser, origin, '/bench/cold/compare-static.html', 0, { runs, viewport });
  const badges = await coldLoad(browser, origin, '/bench/cold/badges.html', 100, { runs, viewport });
  const badgesStatic = await coldLoad(browser, origin, '/bench/cold/badges-static.html', 0, { runs, viewport });
  return {
    runs,
    compare: { widget: compare, static: compareStatic, ratio: compare.ms / compareStatic.ms },
    badges: { widget: badges, static: badgesStatic, ratio: badges.ms / badgesStatic.ms },
  };
}
