#!/usr/bin/env node
// Measures the built widgets in headless Chromium and prints one table, then
// writes bench/results.json. Run it after a build: `npm run bench`.
//
//   CHROME_PATH=/path/to/chrome node bench/run.mjs
//   node bench/run.mjs --only unseen   # only the unseen-data layout measures,
//                                      # merged into an existing results.json
//   node bench/run.mjs --only validate # only `sparkpulse validate` on 5,000
//                                      # generated products, merged likewise
//   node bench/run.mjs --only badges   # only `sparkpulse badges` on 5,000
//                                      # generated products, merged likewise
//   node bench/run.mjs --only build    # only `sparkpulse build` and validate
//                                      # on 200, 20,000 and 100,000 generated
//                                      # products (see bench/build.mjs)
//   node bench/run.mjs --only scale --sizes 200,20000
//                                      # only the data each widget fetches from
//                                      # a published endpoint of 200, 20,000
//                                      # (and, without --sizes, 100,000)
//                                      # generated products (bench/scale.mjs)
//
// Everything is served from 127.0.0.1 by bench/server.mjs; every wait is
// bounded, and the browser and server are closed whatever happens.

import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { formatTable, ROOT, sizeRows } from '../scripts/sizes.mjs';
import { finishPage, installProbe, pageWidths, scrollThrough, timeWidgetAgainstStatic, unsettledWidgets } from './in-page.mjs';
import { ITEMS_PER_PRODUCT, LARGE_ENDPOINT_PATH, LARGE_PRODUCTS, largeEndpoint } from './large-endpoint.mjs';
import { GeneratedPage, startServer } from './server.mjs';
import { UNSEEN_LATENCY_MS, UNSEEN_SEEDS, unseenEndpoint, unseenEndpoints, unseenLatency } from './unseen-endpoint.mjs';
import { measureValidate, validateRow } from './validate.mjs';
import { badgesRow, measureBadges } from './badges.mjs';
import { BUILD_BENCH_TIMEOUT_MS, buildRows, measureBuild } from './build.mjs';
import { longestMainThreadTask } from './trace.mjs';
import { measureScale, SCALE_SIZES, scaleRows } from './scale.mjs';
import { measureColdLoads, measureWidgetTasks } from './tasks.mjs';

const CHROME_PATH = chromiumPath ?? '/usr/bin/chromium';
const CHROME_ARGS = [
  ...chromiumArgs,
  // Anything not on 127.0.0.1 fails at once instead of waiting on DNS; it is still counted.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];
const VIEWPORT = { width: 1280, height: 800 };
const DEMO_PAGES = ['demo/index.html', 'demo/blog.html', 'demo/docs.html'];
const DEMO_ENDPOINT_PATH = '/demo/endpoint/';
const BENCH_PAGE = '/bench/page.html';
const RENDER_RUNS = 15;
const TRACE_SAMPLES = 3;
const HEAP_SAMPLES = 3;
const BADGES = 100;
const CPU_SLOWDOWN = 4;
const PAGE_TIMEOUT_MS = 30_000;
const WIDGET_TIMEOUT_MS = 20_000;
const PROTOCOL_TIMEOUT_MS = 3 * 60_000;
const CLOSE_TIMEOUT_MS = 10_000;
const WHOLE_BENCH_TIMEOUT_MS = 8 * 60_000;
const RESULTS_FILE = join(ROOT, 'bench', 'results.json');
// Pages whose widgets meet data unlike the typical data they estimate for:
// widgets first; a timeline and badges first; a blog post; then the worst
// pages, a one-section comparison first and a short timeline first (a full
// comparison is taller than the window, which hides what moves after it).
const UNSEEN_PAGES = [
  'test/pages/unseen-top.html',
  'test/pages/unseen-timeline.html',
  'test/pages/unseen.html',
  'test/pages/unseen-compare.html',
  'test/pages/unseen-short-timeline.html',
];
const UNSEEN_VIEWPORTS = [VIEWPORT, { width: 360, height: 740 }];
const OVERFLOW_PAGE = 'test/pages/unseen.html';
const OVERFLOW_VIEWPORT = { width: 360, height: 740 };
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
/** `--sizes 200,20000`: the catalogue sizes the scale measure runs at (all of SCALE_SIZES unless given). */
const SIZES = process.argv.includes('--sizes')
  ? process.argv[process.argv.indexOf('--sizes') + 1].split(',').map((size) => Number(size.replace(/_/g, '')))
  : SCALE_SIZES;
if (!SIZES.every((size) => Number.isInteger(size) && size > 0)) throw new Error('--sizes takes whole numbers of products, e.g. --sizes 200,20000');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value) => `${value.toFixed(2)} ms`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

async function launchBrowser() {
  let puppeteer;
  try {
    ({ default: puppeteer } = await import('puppeteer-core'));
  } catch {
    throw new Error('puppeteer-core is not installed (npm install --save-dev puppeteer-core)');
  }
  if (!existsSync(CHROME_PATH)) throw new Error(`No Chromium at ${CHROME_PATH}: set CHROME_PATH`);
  return puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_ARGS,
    timeout: PAGE_TIMEOUT_MS,
    // One evaluate runs all the render timings of a widget: allow it a few minutes on a slow machine.
    protocolTimeout: PROTOCOL_TIMEOUT_MS,
  });
}

/** Closes the browser, or kills it if it does not close in time. */
async function closeBrowser(browser) {
  const closed = browser.close().then(
    () => true,
    () => false,
  );
  const gaveUp = new Promise((resolve) => setTimeout(resolve, CLOSE_TIMEOUT_MS, false).unref());
  if (!(await Promise.race([closed, gaveUp]))) browser.process()?.kill('SIGKILL');
}

/**
 * A page in its own browser context (no shared cache or storage), with the
 * probe installed and its requests recorded. `use(page, requests)` runs, then
 * the context is closed. `boxes` records each widget's sizes (see installProbe).
 */
async function withPage(browser, use, { viewport = VIEWPORT, boxes = false } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    page.setDefaultNavigationTimeout(PAGE_TIMEOUT_MS);
    await page.setViewport(viewport);
    await page.evaluateOnNewDocument(installProbe, { boxes });
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    return await use(page, requests);
  } finally {
    await context.close().catch(() => {});
  }
}

/**
 * Loads `url` and waits until every sp-* widget fired sp-load or sp-error;
 * returns CLS and errors. Without `scroll` the window stays at the top, as
 * for a reader who starts reading at once (lazy widgets out of view never load).
 */
async function loadAndSettle(page, url, { scroll = true } = {}) {
  await page.goto(url, { waitUntil: 'load' });
  if (scroll) await page.evaluate(scrollThrough);
  try {
    await page.waitForFunction(`(${unsettledWidgets})().length === 0`, { timeout: WIDGET_TIMEOUT_MS, polling: 50 });
  } catch {
    const waiting = await page.evaluate(unsettledWidgets).catch(() => ['(the page did not answer)']);
    throw new Error(`${url}: within ${WIDGET_TIMEOUT_MS / 1000} s these fired neither sp-load nor sp-error: ${waiting.join(' ')}`);
  }
  return page.evaluate(finishPage);
}

function rejectWidgetErrors(where, errors) {
  if (errors.length > 0) throw new Error(`${where}: ${errors.join('; ')}`);
}

async function measureDemoPage(browser, origin, path) {
  return withPage(browser, async (page, requests) => {
    const { cls, errors, widgets } = await loadAndSettle(page, `${origin}/${path}`);
    rejectWidgetErrors(path, errors);
    const urls = requests.map((url) => new URL(url));
    return {
      widgets,
      cls,
      // JSON documents only: the docs page also shows the endpoint's static SVG badges, as images a README would.
      dataRequests: urls.filter((url) => url.origin === origin && url.pathname.startsWith(DEMO_ENDPOINT_PATH) && url.pathname.endsWith('.json')).length,
      offHostRequests: urls.filter((url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1').length,
      requests: requests.map((url) => url.replace(origin, '')),
    };
  });
}

/**
 * The longest main-thread task while `path` loads under CPU throttling. With
 * `widgets: false` the loader is blocked, which gives the page's own figure:
 * the share of the widgets is what the first adds to the second.
 */
async function measureLongestTask(browser, origin, path, { widgets = true } = {}) {
  return withPage(browser, async (page) => {
    const url = `${origin}/${path}`;
    if (!widgets) {
      await page.setRequestInterception(true);
      page.on('request', (request) =>
        request.url().includes('/dist/sparkpulse.js') ? request.abort() : request.continue(),
      );
    }
    await page.emulateCPUThrottling(CPU_SLOWDOWN);
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let trace;
    try {
      if (widgets) {
        const { errors } = await loadAndSettle(page, url);
        rejectWidgetErrors(path, errors);
      } else {
        await page.goto(url, { waitUntil: 'load' });
        await page.evaluate(scrollThrough);
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    } finally {
      trace = await page.tracing.stop();
    }
    return longestMainThreadTask(JSON.parse(new TextDecoder().decode(trace)), url);
  });
}

async function measureRender(browser, origin, tag, attributes) {
  return withPage(browser, async (page) => {
    await loadAndSettle(page, `${origin}${BENCH_PAGE}`);
    const timing = await page.evaluate(timeWidgetAgainstStatic, {
      tag,
      attributes,
      runs: RENDER_RUNS,
      timeoutMs: WIDGET_TIMEOUT_MS,
    });
    const widgetMs = median(timing.widget);
    const staticMs = median(timing.static);
    return { ...timing, runs: RENDER_RUNS, widgetMs, staticMs, ratio: widgetMs / staticMs };
  });
}

async function jsHeapUsed(browser, origin, badges) {
  return withPage(browser, async (page) => {
    const { errors, widgets } = await loadAndSettle(page, `${origin}${BENCH_PAGE}?badges=${badges}`);
    rejectWidgetErrors(`${BENCH_PAGE}?badges=${badges}`, errors);
    if (widgets !== badges) throw new Error(`${badges} badges were added but ${widgets} settled`);
    const session = await page.createCDPSession();
    await session.send('HeapProfiler.collectGarbage');
    await session.send('HeapProfiler.collectGarbage'); // again, for what the first pass's weak callbacks let go
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
  });
}

async function measureHeap(browser, origin) {
  const samples = { baseline: [], badges: [] };
  for (let i = 0; i < HEAP_SAMPLES; i++) {
    samples.baseline.push(await jsHeapUsed(browser, origin, 0));
    samples.badges.push(await jsHeapUsed(browser, origin, BADGES));
  }
  const baseline = median(samples.baseline);
  const withBadges = median(samples.badges);
  return { badges: BADGES, baseline, withBadges, difference: withBadges - baseline, samples };
}

const viewportName = ({ width, height }) => `${width}×${height}`;

/** Each widget's last height before its code ran, as a placeholder, and once loaded ("-": no frame showed it). */
function phaseHeights(boxes) {
  return boxes.map(({ widget, sizes }) => {
    const upTo = (states) => sizes.filter((size) => states.includes(size.state)).at(-1)?.height ?? '-';
    return {
      widget,
      undefined: upTo(['undefined']),
      placeholder: upTo(['undefined', 'placeholder']),
      loaded: upTo(['undefined', 'placeholder', 'loaded']),
    };
  });
}

/** CLS of `path` on one unseen endpoint, the window left at the top until every widget settled. */
async function measureUnseenLoad(browser, origin, path, viewport, endpointName) {
  return withPage(
    browser,
    async (page) => {
      const url = `${origin}/${path}?endpoint=${encodeURIComponent(unseenEndpoint(endpointName))}`;
      const { cls, clsBeforeData, errors, boxes } = await loadAndSettle(page, url, { scroll: false });
      rejectWidgetErrors(`${path} on ${endpointName}`, errors);
      return { cls, clsBeforeData, heights: phaseHeights(boxes) };
    },
    { viewport, boxes: true },
  );
}

/**
 * CLS on generated data answered after UNSEEN_LATENCY_MS, for each page,
 * window and seed (median and max over the seeds), and on the seed-length
 * data it is generated from, with the same delay, for reference; then how wide the long data makes a 360 px page.
 */
async function measureUnseen(browser, origin) {
  const cls = {};
  for (const path of UNSEEN_PAGES) {
    cls[path] = {};
    for (const viewport of UNSEEN_VIEWPORTS) {
      const seeds = {};
      for (const seed of UNSEEN_SEEDS) seeds[seed] = await measureUnseenLoad(browser, origin, path, viewport, `generated-${seed}`);
      const values = Object.values(seeds).map((run) => run.cls);
      cls[path][viewportName(viewport)] = {
        median: median(values),
        max: Math.max(...values),
        seeds,
        seedLength: await measureUnseenLoad(browser, origin, path, viewport, 'seedlength'),
      };
    }
  }
  const overflow = await withPage(
    browser,
    async (page) => {
      const { errors } = await loadAndSettle(page, `${origin}/${OVERFLOW_PAGE}?endpoint=${encodeURIComponent(unseenEndpoint('long'))}`);
      rejectWidgetErrors(`${OVERFLOW_PAGE} on long data`, errors);
      await page.evaluate(() => scrollTo(0, 0));
      const { scrollWidth, clientWidth, extents } = await page.evaluate(pageWidths);
      return { page: OVERFLOW_PAGE, viewport: OVERFLOW_VIEWPORT, scrollWidth, clientWidth, extents };
    },
    { viewport: OVERFLOW_VIEWPORT },
  );
  return { latencyMs: UNSEEN_LATENCY_MS, seeds: UNSEEN_SEEDS, cls, overflow };
}

/**
 * CLS of a comparison and a short timeline rendered on the server (the npm
 * build's renderWidget, on the seed-length data) and taken over by the
 * script tag, at the top of a page, in each window: the path that never
 * shows a placeholder, which should move nothing.
 */
async function measureServerRendered(browser, origin, documents) {
  const { renderWidget } = await import('../dist/ssr/index.js');
  const options = { endpoint: `${origin}${unseenEndpoint('seedlength')}` };
  const widgets = [
    await renderWidget('sp-compare', { a: 'kafka', b: 'linkerd' }, options),
    await renderWidget('sp-timeline', { products: 'kafka,linkerd', limit: '3' }, options),
  ];
  const path = '/bench/ssr.html';
  documents.set(
    path,
    new GeneratedPage(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<link rel="stylesheet" href="/test/pages/unseen.css"><script src="/dist/sparkpulse.js"></script></head>' +
        `<body><main>${widgets.join('')}<p>Both projects are tracked, each with its velocity score.</p></main></body></html>`,
    ),
  );
  const cls = {};
  for (const viewport of UNSEEN_VIEWPORTS) {
    cls[viewportName(viewport)] = await withPage(
      browser,
      async (page) => {
        const { cls: value, errors, widgets: settled } = await loadAndSettle(page, `${origin}${path}`, { scroll: false });
        rejectWidgetErrors(path, errors);
        if (settled !== 2) throw new Error(`${path}: ${settled} widgets settled, not 2`);
        return value;
      },
      { viewport },
    );
  }
  return cls;
}

/** Runs each measurement; a failure is recorded and shown, and the others still run. */
function recorder(results) {
  return async (name, measure) => {
    try {
      return await measure();
    } catch (error) {
      results.failures.push({ measurement: name, error: error.message });
      return undefined;
    }
  };
}

async function measureInBrowser(results, origin, documents) {
  const attempt = recorder(results);
  const browser = await launchBrowser();
  try {
    results.browser = await browser.version();
    if (ONLY === 'unseen') {
      results.unseen = await attempt('unseen data', () => measureUnseen(browser, origin));
      results.serverRendered = await attempt('server-rendered', () => measureServerRendered(browser, origin, documents));
      return;
    }
    for (const path of DEMO_PAGES) {
      results.pages[path] = await attempt(`page ${path}`, () => measureDemoPage(browser, origin, path));
    }
    results.longestTask = await attempt('longest task', async () => {
      const samples = [];
      const baseline = [];
      for (let i = 0; i < TRACE_SAMPLES; i++) {
        samples.push(await measureLongestTask(browser, origin, 'demo/blog.html'));
        baseline.push(await measureLongestTask(browser, origin, 'demo/blog.html', { widgets: false }));
      }
      return {
        page: 'demo/blog.html',
        cpuSlowdown: CPU_SLOWDOWN,
        ms: median(samples),
        samples,
        withoutWidgetsMs: median(baseline),
        withoutWidgetsSamples: baseline,
      };
    });
    results.widgetTasks = await attempt('widget tasks', () =>
      measureWidgetTasks(browser, origin, 'demo/blog.html', { slowdowns: [CPU_SLOWDOWN, 1], runs: TRACE_SAMPLES, viewport: VIEWPORT }),
    );
    results.coldLoads = await attempt('cold loads', () =>
      measureColdLoads(browser, origin, (pages) => pages.forEach((page, path) => documents.set(path, page)), { viewport: VIEWPORT }),
    );
    results.render.compare = await attempt('render sp-compare', () =>
      measureRender(browser, origin, 'sp-compare', { a: 'kafka', b: 'linkerd' }),
    );
    results.render.timeline = await attempt('render sp-timeline', () =>
      measureRender(browser, origin, 'sp-timeline', {
        products: LARGE_PRODUCTS.join(','),
        limit: '200',
        endpoint: LARGE_ENDPOINT_PATH,
      }),
    );
    results.heap = await attempt('JS heap', () => measureHeap(browser, origin));
    results.unseen = await attempt('unseen data', () => measureUnseen(browser, origin));
    results.serverRendered = await attempt('server-rendered', () => measureServerRendered(browser, origin, documents));
  } finally {
    await closeBrowser(browser);
  }
}

/** One row: `describe(value)` gives [result, notes], unless the measurement failed. */
function rowAdder(results, rows) {
  return (label, value, failureName, describe) => {
    if (value) rows.push([label, ...describe(value)]);
    else if (results.failures.some((f) => f.measurement === failureName)) rows.push([label, 'FAILED', 'see below']);
    else rows.push([label, 'not measured', '']);
  };
}

function unseenRows(results) {
  const rows = [];
  const add = rowAdder(results, rows);
  const unseen = results.unseen;
  if (!unseen) {
    add('CLS: generated data', undefined, 'unseen data');
    return rows;
  }
  for (const path of UNSEEN_PAGES) {
    for (const viewport of UNSEEN_VIEWPORTS) {
      const name = viewportName(viewport);
      add(`CLS: ${path.replace('test/pages/', '')}, ${name}, generated data`, unseen.cls[path]?.[name], 'unseen data', (run) => [
        `median ${run.median.toFixed(4)} · max ${run.max.toFixed(4)}`,
        `seeds ${Object.entries(run.seeds).map(([seed, r]) => `${seed}: ${r.cls.toFixed(4)}`).join(', ')}; ` +
          `seed-length ${run.seedLength.cls.toFixed(4)}; all ${unseen.latencyMs} ms late`,
      ]);
    }
  }
  for (const viewport of UNSEEN_VIEWPORTS) {
    const name = viewportName(viewport);
    add(`CLS: server-rendered comparison and timeline, ${name}`, results.serverRendered, 'server-rendered', (cls) => [
      cls[name].toFixed(4),
      'sparkpulse render on the seed-length data, taken over by the script tag',
    ]);
  }
  const { overflow } = unseen;
  const [widest] = [...overflow.extents].sort((a, b) => b.right - a.right);
  rows.push([
    `page width: ${overflow.page.replace('test/pages/', '')}, ${overflow.viewport.width} px, long data`,
    `${overflow.scrollWidth} px in a ${overflow.clientWidth} px window`,
    widest ? `widest: ${widest.widget.match(/^<[\w-]+/)?.[0]}> ${widest.where.slice(0, 80)}` : '',
  ]);
  return rows;
}

function tableRows(results) {
  const rows = [];
  const add = rowAdder(results, rows);

  for (const row of results.sizes.rows) {
    rows.push([`size: ${row.name}`, `${row.raw} B · gzip ${row.gzip} B · br ${row.brotli} B`, '']);
  }
  if (!results.sizes.manifest) rows[0][2] = 'no dist/cdn/manifest.json: every loader path is dist/sparkpulse.js';

  for (const path of DEMO_PAGES) {
    add(`data requests: ${path}`, results.pages[path], `page ${path}`, (page) => [
      `${page.dataRequests} (+${page.offHostRequests} not to 127.0.0.1)`,
      `JSON documents under ${DEMO_ENDPOINT_PATH}; ${page.widgets} widgets`,
    ]);
  }
  for (const path of DEMO_PAGES) {
    add(`CLS: ${path}`, results.pages[path], `page ${path}`, (page) => [page.cls.toFixed(4), 'until every widget settled']);
  }
  add(`longest task: demo/blog.html, ${CPU_SLOWDOWN}× CPU`, results.longestTask, 'longest task', (task) => [
    `${ms(task.ms)} · without widgets ${ms(task.withoutWidgetsMs)}`,
    `medians of ${task.samples.length} loads each; longest RunTask on the renderer main thread`,
  ]);
  add(`widgets' longest task: demo/blog.html`, results.widgetTasks, 'widget tasks', (tasks) => [
    `${CPU_SLOWDOWN}× CPU ${ms(tasks[`${CPU_SLOWDOWN}x`].widgets)} · no throttling ${ms(tasks['1x'].widgets)}`,
    `medians of ${tasks['1x'].samples.length}; every task from the first chunk's evaluation; the page's longest ${ms(tasks[`${CPU_SLOWDOWN}x`].page)} and ${ms(tasks['1x'].page)}`,
  ]);
  for (const [key, label] of [
    ['compare', 'cold load: <sp-compare> vs the same declarative shadow DOM'],
    ['badges', 'cold load: 100 badges vs 100 static spans'],
  ]) {
    add(label, results.coldLoads?.[key], 'cold loads', (cold) => [
      `${ms(cold.widget.ms)} vs ${ms(cold.static.ms)} · ${cold.ratio.toFixed(2)}×`,
      `medians of ${results.coldLoads.runs} loads, each in a fresh context, until shown`,
    ]);
  }
  const renders = [
    ['compare', 'render: <sp-compare a="kafka" b="linkerd">', 'render sp-compare'],
    ['timeline', 'render: <sp-timeline limit="200">', 'render sp-timeline'],
  ];
  for (const [key, label, failureName] of renders) {
    add(label, results.render[key], failureName, (r) => [
      `widget ${ms(r.widgetMs)} · static ${ms(r.staticMs)} · ${r.ratio.toFixed(2)}×`,
      `medians of ${r.runs}; ${r.listItems} list items; heights ${r.widgetHeight}/${r.staticHeight} px`,
    ]);
  }
  add(`JS heap: ${BADGES} badges`, results.heap, 'JS heap', (heap) => [
    mib(heap.withBadges),
    `without badges ${mib(heap.baseline)}, difference +${mib(heap.difference)}`,
  ]);
  add('sparkpulse validate', results.validate, 'sparkpulse validate', (validate) => validateRow(validate).slice(1));
  add('sparkpulse badges', results.badges, 'sparkpulse badges', (badges) => badgesRow(badges).slice(1));
  if (results.build) rows.push(...buildRows(results.build));
  else add('sparkpulse build', undefined, 'sparkpulse build');
  if (results.scale) rows.push(...scaleRows(results.scale));
  else add('data fetched at scale', undefined, 'data fetched at scale');
  return [...rows, ...unseenRows(results)];
}

/**
 * `--only unseen`: measures only the unseen-data layout, and writes it into
 * the results.json of the last full run (or a new one), whose other
 * figures stay as they were.
 */
async function mainOnlyUnseen(server, documents) {
  const results = { date: new Date().toISOString(), browser: undefined, unseen: undefined, failures: [] };
  await measureInBrowser(results, server.origin, documents);
  console.log(`Sparkpulse bench, unseen data only · ${results.browser}`);
  console.log(formatTable(['measure', 'result', 'notes'], unseenRows(results), 'lll'));
  const previous = existsSync(RESULTS_FILE) ? JSON.parse(await readFile(RESULTS_FILE, 'utf8')) : {};
  const merged = {
    ...previous,
    unseen: results.unseen,
    serverRendered: results.serverRendered,
    unseenDate: results.date,
    failures: [...(previous.failures ?? []).filter((f) => !['unseen data', 'server-rendered'].includes(f.measurement)), ...results.failures],
  };
  await writeFile(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  return results;
}

/** The measurements of the `sparkpulse` command, each in Node alone: its results.json key, its measure and its table row. */
const COMMAND_MEASURES = {
  validate: { measurement: 'sparkpulse validate', measure: measureValidate, row: validateRow },
  badges: { measurement: 'sparkpulse badges', measure: measureBadges, row: badgesRow },
  build: { measurement: 'sparkpulse build', measure: measureBuild, rows: buildRows },
  scale: { measurement: 'data fetched at scale', measure: () => measureScale(SIZES), rows: scaleRows },
};

/**
 * `--only validate`, `--only badges`: times only that command on a large
 * generated endpoint (no browser, no server), merged into results.json like
 * --only unseen.
 */
async function mainOnlyCommand(key) {
  const { measurement, measure, row, rows = (result) => [row(result)] } = COMMAND_MEASURES[key];
  const results = { date: new Date().toISOString(), [key]: undefined, failures: [] };
  results[key] = await recorder(results)(measurement, measure);
  console.log(`Sparkpulse bench, ${measurement} only`);
  if (results[key]) console.log(formatTable(['measure', 'result', 'notes'], rows(results[key]), 'lll'));
  const previous = existsSync(RESULTS_FILE) ? JSON.parse(await readFile(RESULTS_FILE, 'utf8')) : {};
  const merged = {
    ...previous,
    [key]: results[key],
    [`${key}Date`]: results.date,
    failures: [...(previous.failures ?? []).filter((f) => f.measurement !== measurement), ...results.failures],
  };
  await writeFile(RESULTS_FILE, `${JSON.stringify(merged, null, 2)}\n`);
  return results;
}

async function main() {
  if (process.argv.includes('--only') && !['unseen', ...Object.keys(COMMAND_MEASURES)].includes(ONLY)) {
    throw new Error(`--only takes "unseen", "validate", "badges", "build" or "scale", not "${ONLY ?? ''}"`);
  }
  if (Object.hasOwn(COMMAND_MEASURES, ONLY ?? '')) {
    const { failures } = await mainOnlyCommand(ONLY);
    reportEnd(failures);
    return;
  }
  const results = {
    date: new Date().toISOString(),
    browser: undefined,
    sizes: undefined,
    pages: {},
    longestTask: undefined,
    widgetTasks: undefined,
    coldLoads: undefined,
    render: {},
    heap: undefined,
    unseen: undefined,
    serverRendered: undefined,
    validate: undefined,
    badges: undefined,
    build: undefined,
    scale: undefined,
    largeEndpoint: { products: LARGE_PRODUCTS, itemsPerProduct: ITEMS_PER_PRODUCT },
    failures: [],
  };
  const fromRoot = (path) => path.replace(`${ROOT}/`, '');
  if (!ONLY) results.sizes = await sizeRows(); // throws, with its reason, when dist/ is missing
  const documents = new Map([...(await largeEndpoint(join(ROOT, 'demo', 'endpoint'))), ...unseenEndpoints()]);
  const server = await startServer(ROOT, documents, { latency: unseenLatency });
  try {
    if (ONLY) {
      const { failures } = await mainOnlyUnseen(server, documents);
      results.failures = failures;
    } else {
      await measureInBrowser(results, server.origin, documents);
    }
  } finally {
    await server.close();
  }
  // In Node alone, after the browser is gone, so neither slows the other.
  if (!ONLY) {
    for (const [key, { measurement, measure }] of Object.entries(COMMAND_MEASURES)) results[key] = await recorder(results)(measurement, measure);
  }

  if (!ONLY) {
    console.log(`Sparkpulse bench · ${results.browser} · viewport ${VIEWPORT.width}×${VIEWPORT.height}`);
    console.log(formatTable(['measure', 'result', 'notes'], tableRows(results), 'lll'));
    results.sizes.manifest = results.sizes.manifest && fromRoot(results.sizes.manifest);
    results.sizes.rows = results.sizes.rows.map(({ files, ...row }) => ({ ...row, files: files?.map(fromRoot) }));
    await writeFile(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  }
  reportEnd(results.failures);
}

function reportEnd(failures) {
  console.log(`\nWrote ${RESULTS_FILE.replace(`${ROOT}/`, '')}`);
  if (failures.length > 0) {
    console.error(`\n${failures.length} measurement(s) failed:`);
    for (const { measurement, error } of failures) console.error(`  - ${measurement}: ${error}`);
    process.exitCode = 1;
  }
}

// The last resort if something hangs despite the per-step timeouts; the build measure takes longer than the rest.
const GIVE_UP_MS =
  (ONLY === undefined || ONLY === 'build' ? BUILD_BENCH_TIMEOUT_MS : 0) +
  (ONLY === undefined || ONLY === 'scale' ? BUILD_BENCH_TIMEOUT_MS : 0) +
  (ONLY === 'build' || ONLY === 'scale' ? 0 : WHOLE_BENCH_TIMEOUT_MS);
const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${GIVE_UP_MS / 60_000} minutes`);
  process.exit(2);
}, GIVE_UP_MS);
watchdog.unref();

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
