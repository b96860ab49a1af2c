import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { Reader, readIndex, readProduct } from '../../src/contract/index.js';
import { endpoint } from '../helpers.js';
import { cli, endpoint as cliEndpoint } from '../cli/commands.js';

// Whole pages on data unlike the typical data the placeholders are an
// estimate for: the built loader (`npm test` builds it first),
// test/pages/unseen*.html, and the fake endpoint's `seedlength-<seed>-<ms>`
// (texts from half to twice the seed page's lengths) and `long` scenarios
// (test/fixtures/generated.mjs), measured by test/server/page-metrics.mjs
// until every widget has fired sp-load. Each figure is also logged, so a run
// shows them whether it passes or not.

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PageMetrics {
  cls: number;
  clsBeforeData: number;
  errors: string[];
  widgets: number;
  shifts: { value: number; at: number; sources: { node: string; from: Rect; to: Rect }[] }[];
  boxes: { widget: string; sizes: { at: number; state: string; width: number; height: number }[] }[];
  scrollWidth: number;
  clientWidth: number;
  extents: { widget: string; right: number; width: number; where: string; parts: Record<string, number>; sideways: string[] }[];
}

interface Request {
  path: string;
  width: number;
  height: number;
  scroll: boolean;
}

/** `sp-compare` from `<sp-compare a="kafka" …>`. */
const tagOf = (widget: string) => widget.match(/^<([\w-]+)/)?.[1] ?? widget;

const measure = async (request: Request) => (await executeServerCommand<PageMetrics, Request>('measure-page', request))!;

const page = (name: string, scenario: string) => `/test/pages/${name}?endpoint=${encodeURIComponent(endpoint(scenario))}`;

/**
 * Each widget's height before its code ran, as a placeholder and once loaded.
 * Sizes are recorded only when they change, so a phase without a record of
 * its own kept the height of the one before; "-" means no frame showed it.
 */
function heights(metrics: PageMetrics): string {
  return metrics.boxes
    .map(({ widget, sizes }) => {
      const upTo = (states: string[]) => sizes.filter((size) => states.includes(size.state)).at(-1)?.height ?? '-';
      const phases = [upTo(['undefined']), upTo(['undefined', 'placeholder']), upTo(['undefined', 'placeholder', 'loaded'])];
      return `<${tagOf(widget)}> ${phases.join(' → ')} px`;
    })
    .join('; ');
}

function shifts(metrics: PageMetrics): string {
  return metrics.shifts
    .map(({ value, at, sources }) => {
      const moved = sources.map(({ node, from, to }) => `${node} y ${from.y}→${to.y} h ${from.height}→${to.height}`);
      return `${value.toFixed(4)} at ${Math.round(at)} ms (${moved.join(', ')})`;
    })
    .join('; ');
}

function widest(metrics: PageMetrics): string {
  const [first] = [...metrics.extents].sort((a, b) => b.right - a.right);
  return first ? `${first.widget} reaches ${first.right} px with ${first.where}` : 'no widget';
}

describe('unseen data', function () {
  this.timeout(30_000);

  describe('the generated documents', () => {
    async function read(scenario: string) {
      const base = endpoint(scenario);
      const get = async (path: string) => (await fetch(`${base}${path}`)).json();
      const [index, indexWarnings] = Reader.read('index.json', await get('index.json'), readIndex);
      const warnings = [...indexWarnings];
      for (const { slug } of index.products) {
        warnings.push(...Reader.read(`products/${slug}.json`, await get(`products/${slug}.json`), readProduct)[1]);
      }
      return warnings;
    }

    it('are read without a warning for every seed', async () => {
      for (const seed of [1, 2, 3]) expect(await read(`generated-${seed}`), `seed ${seed}`).to.deep.equal([]);
      for (const seed of [0, 1, 2, 3]) expect(await read(`seedlength-${seed}`), `seed-length, seed ${seed}`).to.deep.equal([]);
    });

    it('are as long as the seed page has them, from half to twice its lengths', async () => {
      const product = async (scenario: string) => (await fetch(`${endpoint(scenario)}products/kafka.json`)).json();
      const typical = await product('seedlength');
      const blocks = [typical.summary, ...Object.values(typical.editorial as Record<string, string>)].map((text: string) => text.length);
      for (const length of blocks) expect(length).to.be.within(300, 600);
      expect(typical.themes).to.have.length(6);
      for (const seed of [1, 2, 3]) {
        const generated = await product(`seedlength-${seed}`);
        const ratio = generated.summary.length / typical.summary.length;
        expect(ratio, `seed ${seed}`).to.be.within(0.49, 2.01);
      }
    });

    it('with long text warn only of paragraphs cut at their cap', async () => {
      const warnings = await read('long');
      expect(warnings).to.not.be.empty;
      for (const warning of warnings) expect(warning).to.match(/ (summary|editorial\.\w+): over 5000 characters; cut$/);
    });
  });

  describe('horizontal overflow with long names, URLs and words', () => {
    const measured = new Map<number, Promise<PageMetrics>>();
    const longPage = (width: number) => {
      if (!measured.has(width)) {
        const height = width === 1280 ? 800 : 740;
        measured.set(width, measure({ path: page('unseen.html', 'long'), width, height, scroll: true }));
      }
      return measured.get(width)!;
    };

    it('leaves the page within a 320 px window on the sample data', async () => {
      const metrics = await measure({ path: page('unseen.html', 'ok'), width: 320, height: 740, scroll: true });
      expect(metrics.scrollWidth, widest(metrics)).to.be.at.most(metrics.clientWidth);
    });

    for (const width of [320, 360, 1280]) {
      it(`leaves the page within a ${width} px window`, async () => {
        const metrics = await longPage(width);
        console.log(`long data, ${width} px: scrollWidth ${metrics.scrollWidth}, clientWidth ${metrics.clientWidth}; ${widest(metrics)}`);
        expect(metrics.errors).to.deep.equal([]);
        expect(metrics.widgets).to.equal(4);
        expect(metrics.scrollWidth, widest(metrics)).to.be.at.most(metrics.clientWidth);
      });

      for (const tag of ['sp-compare', 'sp-timeline', 'sp-velocity-badge']) {
        it(`keeps the content of <${tag}> within a ${width} px window`, async () => {
          const metrics = await longPage(width);
          const own = metrics.extents.filter((extent) => tagOf(extent.widget) === tag);
          expect(own).to.not.be.empty;
          for (const extent of own) {
            const parts = Object.entries(extent.parts).map(([part, right]) => `${part} ${right}`);
            console.log(
              `long data, ${width} px: ${extent.widget} reaches ${extent.right} px with ${extent.where}; by part: ${parts.join(', ')}` +
                `; scrolls sideways: ${extent.sideways.join(', ') || 'nothing'}`,
            );
            expect(extent.right, `${extent.widget} with ${extent.where}`).to.be.at.most(metrics.clientWidth);
          }
        });
      }
    }
  });

  describe('layout shift on generated data arriving after 300 ms', () => {
    // Texts from half to twice the seed page's lengths (the `seedlength-<seed>` scenario), each
    // widget's box an estimate for typical data. Where a whole comparison, a timeline or badges
    // sit in the text, 0.01 at most; on the worst pages, a one-section comparison or a short
    // timeline at the very top, 0.05.
    const pages = [
      ['unseen-top.html', 4, 'every widget above the fold', 0.01],
      ['unseen-timeline.html', 3, 'a timeline and badges above the fold', 0.01],
      ['unseen.html', 4, 'a blog post', 0.01],
      ['unseen-compare.html', 3, 'a one-section comparison and badges above the fold', 0.05],
      ['unseen-short-timeline.html', 3, 'a short timeline and badges above the fold', 0.05],
    ] as const;
    const windows = [
      [1280, 800],
      [360, 740],
    ] as const;

    for (const [name, widgets, what, target] of pages) {
      for (const [width, height] of windows) {
        for (const seed of [1, 2, 3]) {
          it(`stays at or below ${target} on ${what} (${name}), seed ${seed}, ${width}×${height}`, async () => {
            const metrics = await measure({ path: page(name, `seedlength-${seed}-300`), width, height, scroll: false });
            console.log(
              `CLS ${metrics.cls.toFixed(4)} (${metrics.clsBeforeData.toFixed(4)} before any data) · ${name} · seed ${seed} · ${width}×${height} · ${heights(metrics)}`,
            );
            expect(metrics.errors).to.deep.equal([]);
            expect(metrics.widgets).to.equal(widgets);
            expect(metrics.clsBeforeData, 'before any data arrived').to.equal(0);
            expect(metrics.cls, `${heights(metrics)}. Shifts: ${shifts(metrics)}`).to.be.at.most(target);
          });
        }
      }
    }
  });

  describe('the server-rendered path', () => {
    /** `sparkpulse render` of `tag` on seed-length data, then taken over by the script tag in a frame `width` px wide: its layout shift. */
    async function takeover(width: number, tag: string, ...attributes: string[]): Promise<{ shifts: number; placeholders: number }> {
      const base = endpoint('seedlength');
      const files: Record<string, string> = {};
      for (const path of ['index.json', 'products/kafka.json', 'products/linkerd.json']) files[path] = await (await fetch(`${base}${path}`)).text();
      const { dir } = (await cliEndpoint({ files }))!;
      const run = (await cli('render', tag, ...attributes, '--endpoint', dir))!;
      expect(run.code, run.stderr).to.equal(0);
      const frame = document.createElement('iframe');
      Object.assign(frame, { width: width, height: 800 });
      // In the window: a server-rendered widget takes over once it is near the screen.
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0' });
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="sparkpulse:endpoint" content="/ep/status-500~ssr-${Date.now()}/">
        <script src="/test/pages/probe.js"></script><script src="/test/pages/takeover-watch.js"></script>
        <script src="/dist/sparkpulse.js"></script></head>
        <body><p>Before the widget.</p>${run.stdout}<p>After the widget.</p></body></html>`;
      document.body.append(frame);
      try {
        type Frame = Window & { takeoverWatch: { shifts: number; placeholders: number }; probe: { events: unknown[] } };
        await waitUntil(() => (frame.contentWindow as Frame)?.probe?.events.length === 1, 'the widget took over', { timeout: 10_000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        return { ...(frame.contentWindow as Frame).takeoverWatch };
      } finally {
        frame.remove();
      }
    }

    for (const width of [1280, 360]) {
      it(`moves nothing when the script tag takes over a comparison and a timeline rendered on the server, ${width} px`, async () => {
        for (const [tag, ...attributes] of [
          ['sp-compare', 'a=kafka', 'b=linkerd'],
          ['sp-timeline', 'products=kafka,linkerd', 'limit=3'],
        ]) {
          const watched = await takeover(width, tag, ...attributes);
          console.log(`server-rendered ${tag}, ${width} px: CLS ${watched.shifts.toFixed(4)}, placeholders ${watched.placeholders}`);
          expect(watched).to.deep.equal({ shifts: 0, placeholders: 0 });
        }
      });
    }
  });
});
