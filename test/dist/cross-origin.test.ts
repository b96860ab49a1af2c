/**
 * The README's script-tag snippet, exactly as written there, with the loader
 * on a second origin (http://cdn.localhost:<port>, mapped to 127.0.0.1; see
 * test/server/second-origin.mjs): the way almost every blogger includes it.
 * A classic script from another origin has no base URL for import(), so the
 * loader must resolve its chunks against its own URL.
 */
import { expect } from '@open-wc/testing';
import { endpoint } from '../helpers.js';

interface Report {
  settled: boolean;
  errors: string[];
  warnings: string[];
  widgets: { tag: string; defined: boolean; events: string[]; text: string; height: number }[];
}

const SETTLE_MS = 10_000;

/** Loads the snippet page in a frame (`sandbox` when given) and waits for its report. */
function snippetReport(query: string, sandbox?: string): Promise<Report> {
  const frame = document.createElement('iframe');
  Object.assign(frame, { width: 1000, height: 900 });
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  return new Promise<Report>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from the snippet page (${query})`)), SETTLE_MS + 2_000);
    addEventListener('message', function listen(event) {
      if (event.source !== frame.contentWindow || !event.data?.sparkpulseReport) return;
      removeEventListener('message', listen);
      clearTimeout(timer);
      resolve(event.data as Report);
    });
    frame.src = `/test/pages/readme-snippet.html?report&endpoint=${encodeURIComponent(endpoint('ok'))}${query}`;
    document.body.append(frame);
  }).finally(() => frame.remove());
}

/** Every widget of the snippet loaded, and nothing reached the page's error handlers. */
function expectAllLoaded(report: Report): void {
  expect(report.errors).to.deep.equal([]);
  expect(report.widgets.map((w) => [w.tag, w.defined, w.events])).to.deep.equal([
    ['sp-compare', true, ['sp-load']],
    ['sp-timeline', true, ['sp-load']],
    ['sp-velocity-badge', true, ['sp-load']],
  ]);
  expect(report.widgets[2].text).to.equal('Apache Kafka, velocity 5.0');
  expect(report.widgets[0].height).to.be.greaterThan(1000);
}

describe('the README snippet, with the loader on another origin', function () {
  this.timeout(20_000);

  it('is the README’s snippet, with the CDN on another origin than the page', async () => {
    const page = await (await fetch('/test/pages/readme-snippet.html')).text();
    expect(page).to.match(new RegExp(`<script src="http://cdn\\.localhost:${location.port}/dist/sparkpulse\\.js"></script>`));
    expect(page).to.contain('<sp-timeline products="kafka,linkerd" limit="8"></sp-timeline>');
  });

  it('loads every widget from a plain script tag, without crossorigin', async () => {
    expectAllLoaded(await snippetReport(''));
  });

  it('loads every widget from a script tag with crossorigin', async () => {
    expectAllLoaded(await snippetReport('&crossorigin'));
  });

  it('loads every widget on a page whose <base href> points elsewhere', async () => {
    expectAllLoaded(await snippetReport('&base'));
  });

  it('loads every widget inside a sandboxed frame (allow-scripts only, an opaque origin)', async () => {
    expectAllLoaded(await snippetReport('', 'allow-scripts'));
  });
});
