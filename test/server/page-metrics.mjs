// A test-runner command that measures a page the way a reader meets it: in a
// fresh window of the test browser (1280×800 unless told), from navigation
// until every widget has fired sp-load or sp-error.
import { finishPage, installProbe, pageWidths, scrollThrough, unsettledWidgets } from '../../bench/in-page.mjs';

/** Below the test runner's 20 s limit for a command, so a failure says what it waited for. */
const TIMEOUT_MS = 14_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every widget settled. With `scroll`, scrolls to each one still
 * waiting, as lazy ones load only near the screen.
 */
async function settle(page, deadline, scroll) {
  for (;;) {
    const waiting = await page.evaluate(unsettledWidgets);
    if (waiting.length === 0) return;
    if (Date.now() > deadline) throw new Error(`these widgets never settled: ${waiting.join(' ')}`);
    if (scroll) {
      await page.evaluate(() => {
        const probe = window.__sparkpulseBench;
        const next = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('sp-') && !probe.settled.has(el));
        next?.scrollIntoView({ block: 'center' });
      });
    }
    await sleep(100);
  }
}

/**
 * `scroll: false` keeps the window at the top until every widget settled, as
 * for a reader who starts reading at once: the shifts that count are then
 * those of the first screen on every run. A lazy widget out of view then
 * never settles, so such pages need the default, `scroll: true`.
 */
async function measure(launcher, sessionId, { path, width = 1280, height = 800, scroll = true }) {
  const deadline = Date.now() + TIMEOUT_MS;
  const origin = new URL(launcher.getPage(sessionId).url()).origin;
  // A context of its own is a window of its own: never a hidden tab behind a test page.
  const context = await launcher.browser.createBrowserContext();
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setViewport({ width, height });
    await page.evaluateOnNewDocument(installProbe, { boxes: true });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (scroll) await page.evaluate(scrollThrough);
    await settle(page, deadline, scroll);
    await page.evaluate(() => scrollTo(0, 0));
    const metrics = await page.evaluate(finishPage);
    return { ...metrics, ...(await page.evaluate(pageWidths)) };
  } finally {
    // Closing can stall under load; the runner must get its answer regardless.
    void context.close().catch(() => {});
  }
}

/**
 * `executeServerCommand('measure-page', { path, width?, height?, scroll? })` →
 * `{ cls, errors, widgets, shifts, boxes, scrollWidth, clientWidth, extents }`:
 * see finishPage() and pageWidths() in bench/in-page.mjs.
 */
export function pageMetricsPlugin() {
  return {
    name: 'sparkpulse-page-metrics',
    async executeCommand({ command, payload, session }) {
      if (command !== 'measure-page') return undefined;
      return measure(session.browser, session.id, payload);
    },
  };
}
