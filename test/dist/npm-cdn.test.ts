/**
 * The README's script-tag snippet with its loader from a public npm CDN: a
 * URL made from the npm package's name, version and path. The package is the
 * one a real `npm pack` made, installed with npm (test/server/package-install.mjs),
 * and its files are served from a second origin as such a CDN serves them,
 * under /npm/@sparkpulse/widgets@<version>/, with `Access-Control-Allow-Origin: *`
 * (test/server/second-origin.mjs). The page is on the test server's own origin.
 */
import { expect } from '@open-wc/testing';
import { endpoint } from '../helpers.js';
import { packageCommand } from '../package-commands.js';

interface Report {
  settled: boolean;
  errors: string[];
  warnings: string[];
  widgets: { tag: string; defined: boolean; events: string[]; text: string; height: number }[];
}

const SETTLE_MS = 10_000;

let cdn: string;

before(async function () {
  // The package, packed when the sources changed since the last pack, then installed with npm.
  this.timeout(170_000);
  const { name, version } = await packageCommand<{ name: string; version: string }>('installed-package', 160_000);
  cdn = `http://cdn.localhost:${location.port}/npm/${name}@${version}/dist/`;
});

/** Loads the snippet page with the loader from the npm CDN, and gives its report and the scripts it fetched. */
function npmSnippet(query = ''): Promise<{ report: Report; scripts: string[] }> {
  const frame = document.createElement('iframe');
  Object.assign(frame, { width: 1000, height: 900 });
  return new Promise<{ report: Report; scripts: string[] }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no report from the snippet page (${query})`)), SETTLE_MS + 2_000);
    addEventListener('message', function listen(event) {
      if (event.source !== frame.contentWindow || !event.data?.sparkpulseReport) return;
      removeEventListener('message', listen);
      clearTimeout(timer);
      const scripts = frame
        .contentWindow!.performance.getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.endsWith('.js') && !name.includes('/test/pages/'));
      resolve({ report: event.data as Report, scripts });
    });
    frame.src = `/test/pages/readme-snippet.html?npm&report&endpoint=${encodeURIComponent(endpoint('ok'))}${query}`;
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

describe('the script tag, with the loader from the npm package on a public CDN', function () {
  this.timeout(20_000);

  it('serves the installed package’s loader from another origin, under its name and version, readable by any origin', async () => {
    // Cross-origin, so the response is readable only with Access-Control-Allow-Origin.
    const response = await fetch(`${cdn}sparkpulse.js`, { mode: 'cors', credentials: 'omit' });
    expect(new URL(cdn).origin).not.to.equal(location.origin);
    expect(response.type).to.equal('cors');
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.match(/^text\/javascript/);
    expect(await response.text()).to.match(/^\(\(\)=>\{/);
  });

  it('is the README’s snippet, with its script tag on the package’s npm CDN URL', async () => {
    const page = await (await fetch('/test/pages/readme-snippet.html?npm')).text();
    expect(page).to.contain(`<script src="${cdn}sparkpulse.js"></script>`);
  });

  it('loads every widget, with the loader and every chunk from the package’s dist/ on the CDN', async () => {
    const { report, scripts } = await npmSnippet();
    expectAllLoaded(report);
    expect(scripts[0]).to.equal(`${cdn}sparkpulse.js`);
    expect(scripts.filter((url) => url.startsWith(`${cdn}cdn/`)).length).to.be.greaterThan(0);
    expect(scripts.filter((url) => !url.startsWith(cdn))).to.deep.equal([]);
  });

  it('loads every widget from a script tag with crossorigin', async () => {
    const { report } = await npmSnippet('&crossorigin');
    expectAllLoaded(report);
  });
});
