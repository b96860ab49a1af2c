// A test-runner command that measures a demo page the way a reader meets it:
// in a fresh 1280×800 window of the test browser, from navigation until every
// widget has fired sp-load or sp-error.
import { finishPage, installProbe, scrollThrough, unsettledWidgets } from '../../bench/in-page.mjs';

/** Below the test runner's 20 s limit for a command, so a failure says what it waited for. */
const TIMEOUT_MS = 14_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Scrolls to each widget still waiting (lazy ones load near the screen) until none is left. */
async function settle(page, deadline) {
  for (;;) {
    const waiting = await page.evaluate(unsettledWidgets);
    if (waiting.length === 0) return;
    if (Date.now() > deadline) throw new Error(`these widgets never settled: ${waiting.join(' ')}`);
    await page.evaluate(() => {
      const probe = window.__sparkpulseBench;
      const next = [...document.querySelectorAll('*')].find((el) => el.localName.startsWith('sp-') && !probe.settled.has(el));
      next?.scrollIntoView({ block: 'center' });
    });
    await sleep(100);
  }
}

async function measure(launcher, sessionId, path) {
  const deadline = Date.now() + TIMEOUT_MS;
  const origin = new URL(launcher.getPage(sessionId).url()).origin;
  // A context of its own is a window of its own: never a hidden tab behind a test page.
  const context = await launcher.browser.createBrowserContext();
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(TIMEOUT_MS);
    await page.setViewport({ width: 1280, height: 800 });
    await page.evaluateOnNewDocument(installProbe);
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(scrollThrough);
    await settle(page, deadline);
    await page.evaluate(() => scrollTo(0, 0));
    return await page.evaluate(finishPage);
  } finally {
    // Closing can stall under load; the runner must get its answer regardless.
    void context.close().catch(() => {});
  }
}

/** `executeServerCommand('measure-page', { path })` → `{ cls, errors, widgets }`. */
export function pageMetricsPlugin() {
  return {
    name: 'sparkpulse-page-metrics',
    async executeCommand({ command, payload, session }) {
      if (command !== 'measure-page') return undefined;
      return measure(session.browser, session.id, payload.path);
    },
  };
}
