/**
 * `sparkpulse render`, run in Node by test/server/cli-runner.mjs on the sample
 * endpoint: HTML with declarative shadow DOM, made with the widgets' own
 * templates. With JavaScript off it shows the whole widget; with the script
 * tag it is taken over without a request, a placeholder or a shift.
 *
 * This file defines no element: the markup is looked at as a browser without
 * the widgets' script sees it, except in the takeover tests, which load the
 * script tag in frames of their own.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint } from '../cli/commands.js';

async function render(tag: string, ...args: string[]): Promise<string> {
  return renderFrom('demo/endpoint', tag, ...args);
}

async function renderFrom(where: string, tag: string, ...args: string[]): Promise<string> {
  const run = (await cli('render', tag, ...args, '--endpoint', where))!;
  expect(run.stderr, 'stderr').to.equal('');
  expect(run.code, 'exit code').to.equal(0);
  return run.stdout;
}

interface Rendered {
  html?: string;
  error?: { name: string; message: string; typeError: boolean; usage?: boolean };
  stderr: string;
}

/** `renderWidget(tag, attributes, options)` of `@sparkpulse/widgets/ssr`, called in Node; `attributes` may hold any JSON. */
const renderWidget = (tag: string, attributes: unknown, options: Record<string, unknown> = { endpoint: 'demo/endpoint' }) =>
  executeServerCommand<Rendered, { tag: string; attributes: unknown; options: Record<string, unknown> }>('render-widget', { tag, attributes, options });

/** What renderWidget throws for `attributes`: a TypeError, and no HTML. */
async function refused(tag: string, attributes: unknown): Promise<string> {
  const { html, error } = await renderWidget(tag, attributes);
  expect(html, 'no HTML').to.equal(undefined);
  expect(error?.typeError, `a TypeError: ${error?.name}: ${error?.message}`).to.equal(true);
  return error!.message;
}

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

/** The markup in this page, as static HTML: the declarative shadow root is attached, no script runs. */
function asStatic(html: string): HTMLElement {
  const div = document.createElement('div');
  div.setHTMLUnsafe(html);
  document.body.append(div);
  mounted.push(div);
  return div;
}

const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();

describe('sparkpulse render', function () {
  this.timeout(30_000);

  describe('with JavaScript off', () => {
    let page: HTMLElement;
    let root: ShadowRoot;
    before(async () => {
      page = asStatic(await render('sp-compare', 'a=kafka', 'b=linkerd'));
      mounted.splice(mounted.indexOf(page), 1);
      root = page.querySelector('sp-compare')!.shadowRoot!;
    });
    after(() => page.remove());

    it('shows the whole comparison, with no placeholder', () => {
      expect([...root.querySelectorAll('[part~="section"]')].map((s) => s.getAttribute('part'))).to.deep.equal([
        'section glance',
        'section whatis',
        'section editorial',
        'section alternatives',
        'section activity',
        'section faq',
      ]);
      expect(root.querySelector('[part="loading"]')).to.equal(null);
      expect(root.querySelector('.placeholder')).to.equal(null);
    });

    it('shows the table, the texts and the links', () => {
      expect([...root.querySelectorAll('thead th')].map(text)).to.deep.equal(['Apache Kafka', 'Linkerd']);
      expect(text(root.querySelector('.headline'))).to.match(/^Kafka is running several release lines/);
      const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(links).to.include('https://sparkpulse.example/products/kafka');
      expect(links).to.include('https://sparkpulse.example/alternatives/kafka');
    });

    it('shows the feed with absolute dates and relative ones as of render time', () => {
      const times = [...root.querySelectorAll('[part~="activity"] time')];
      expect(times).to.have.length(12);
      expect(times[0].getAttribute('title')).to.match(/^[A-Z][a-z]+ \d{1,2}, 20\d\d$/);
      expect(text(times[0].querySelector('[aria-hidden="true"]'))).to.match(/ago$/);
    });

    it('shows the FAQ', () => {
      expect([...root.querySelectorAll('summary')].map(text)).to.deep.equal([
        'What is the difference between Apache Kafka and Linkerd?',
        'Is Apache Kafka better than Linkerd?',
        'What are the best alternatives to Apache Kafka?',
        'What are the best alternatives to Linkerd?',
      ]);
    });

    it('passes axe', async () => {
      await expect(page.querySelector('sp-compare')).to.be.accessible();
    });

    it('shows a badge and a timeline too, and they pass axe', async () => {
      const badge = asStatic(await render('sp-velocity-badge', 'product=kafka')).querySelector('sp-velocity-badge')!;
      expect(text(badge.shadowRoot!.querySelector('.root'))).to.equal('Apache Kafka, velocity 5.0');
      const timeline = asStatic(await render('sp-timeline', 'products=kafka,linkerd', 'limit=4')).querySelector('sp-timeline')!;
      expect(timeline.shadowRoot!.querySelectorAll('.feed__item')).to.have.length(4);
      await expect(badge).to.be.accessible();
      await expect(timeline).to.be.accessible();
    });
  });

  describe('attributes', () => {
    it('takes sections and limit', async () => {
      const root = asStatic(await render('sp-compare', 'a=kafka', 'b=linkerd', 'sections=activity faq', 'limit=3')).querySelector('sp-compare')!.shadowRoot!;
      expect([...root.querySelectorAll('[part~="section"]')].map((s) => s.getAttribute('part'))).to.deep.equal(['section activity', 'section faq']);
      expect(root.querySelectorAll('.feed__item')).to.have.length(3);
    });

    it('takes theme, lang and heading-level', async () => {
      const el = asStatic(await render('sp-compare', 'a=kafka', 'b=linkerd', 'sections=glance', 'theme=dark', 'lang=de', 'heading-level=3')).querySelector('sp-compare')!;
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.classList.contains('root--dark')).to.be.true;
      expect(root.getAttribute('lang')).to.equal('de');
      expect(el.shadowRoot!.querySelector('.heading')!.localName).to.equal('h3');
      expect(text(el.shadowRoot!.querySelector('tbody th'))).not.to.equal('Sector');
    });

    it('takes lines, and with JavaScript off shows every word of the texts it would hold: whole, with no button', async () => {
      for (const [tag, ...args] of [
        ['sp-compare', 'a=kafka', 'b=linkerd'],
        ['sp-timeline', 'products=kafka,linkerd'],
      ]) {
        const whole = asStatic(await render(tag, ...args)).querySelector(tag)!.shadowRoot!;
        const held = asStatic(await render(tag, ...args, 'lines=1')).querySelector(tag)!;
        expect(held.getAttribute('lines')).to.equal('1');
        const root = held.shadowRoot!;
        expect(text(root)).to.equal(text(whole));
        expect(root.querySelectorAll('.clamp, button')).to.have.length(0);
        for (const node of root.querySelectorAll('*')) expect(getComputedStyle(node).getPropertyValue('-webkit-line-clamp'), node.localName).to.equal('none');
        expect(root.querySelector('.root')!.getBoundingClientRect().height).to.equal(whole.querySelector('.root')!.getBoundingClientRect().height);
      }
    });

    it('takes products and sparks-only', async () => {
      const root = asStatic(await render('sp-timeline', 'products=grafana,istio', 'sparks-only', 'limit=30')).querySelector('sp-timeline')!.shadowRoot!;
      const rows = [...root.querySelectorAll('.feed__item')];
      expect(rows.length).to.be.greaterThan(0);
      expect(rows.every((row) => row.querySelector('.feed__spark'))).to.be.true;
    });

    it('shows the empty state for a product that is not tracked (and warns: test/cli/render.test.ts)', async () => {
      const run = await cli('render', 'sp-velocity-badge', 'product=nope', '--endpoint', 'demo/endpoint');
      expect(run.code).to.equal(0);
      const badge = asStatic(run.stdout).querySelector('sp-velocity-badge')!;
      expect(text(badge.shadowRoot!.querySelector('[part="empty"] [aria-hidden="true"]'))).to.equal('Not tracked');
    });
  });

  describe('the documents it inlines', () => {
    /** The documents a rendered widget carries, by path, and their JSON's bytes raw and gzip. */
    async function inlined(html: string) {
      const json = asStatic(html).querySelector('script[data-sparkpulse-documents]')!.textContent!;
      const bytes = new TextEncoder().encode(json);
      const gzip = await new Response(new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
      return { documents: JSON.parse(json) as Record<string, unknown>, raw: bytes.length, gzip: gzip.byteLength };
    }

    /** FNV-1a 32, first 3 hex digits: src/contract/shard.ts. */
    const shardOf = (slug: string) => {
      let hash = 0x811c9dc5;
      for (const byte of new TextEncoder().encode(slug)) hash = Math.imul(hash ^ byte, 0x01000193);
      return ((hash >>> 0) >>> 20).toString(16).padStart(3, '0');
    };

    it('are, for a badge on the published form, its one shard and no index.json: at most 2 KB gzip for a shard of 100,000 products', async () => {
      // kafka's shard as 100,000 products fill it (4,096 shards: about 24 each),
      // with the bench generator's names (test/fixtures/many-products.mjs).
      const shard = shardOf('kafka');
      const sectors = ['DevOps', 'Databases', 'Security', 'Data', 'Frontend'];
      const products = [{ slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5, sparks30d: 3 }];
      for (let i = 0; products.length < 25; i++) {
        if (shardOf(`product-${i + 1}`) === shard) {
          products.push({ slug: `product-${i + 1}`, name: `Product ${i + 1}`, sector: sectors[i % 5], velocity: ((i * 37) % 101) / 10, sparks30d: i % 4 });
        }
      }
      products.sort((x, y) => (x.slug < y.slug ? -1 : 1));
      const index = JSON.parse(await (await fetch('/demo/endpoint/index.json')).text());
      const summaries = { version: 1, kind: 'summaries', language: index.language ?? 'en', site: index.site, shard, products };
      const { dir } = (await endpoint({ files: { [`summaries/${shard}.json`]: JSON.stringify(summaries, null, 2) } }))!;
      const html = await renderFrom(dir, 'sp-velocity-badge', 'product=kafka');
      expect(text(asStatic(html).querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('.root'))).to.equal('Apache Kafka, velocity 5.0');
      const { documents, raw, gzip } = await inlined(html);
      expect(Object.keys(documents)).to.deep.equal([`summaries/${shard}.json`]);
      expect((documents[`summaries/${shard}.json`] as { products: unknown[] }).products).to.have.length(25);
      expect(gzip, `${raw} B raw, ${gzip} B gzip`).to.be.at.most(2048);
    });

    it('are, for a badge on the full form, index.json and its shard as null, the 404 the page need not ask again', async () => {
      const { documents } = await inlined(await render('sp-velocity-badge', 'product=kafka'));
      expect(documents).to.have.all.keys(`summaries/${shardOf('kafka')}.json`, 'index.json');
      expect(documents[`summaries/${shardOf('kafka')}.json`]).to.equal(null);
    });

    it('are, for a comparison, its two product documents and index.json on the full form', async () => {
      const { documents } = await inlined(await render('sp-compare', 'a=kafka', 'b=linkerd'));
      expect(Object.keys(documents).sort()).to.deep.equal(['index.json', 'products/kafka.json', 'products/linkerd.json']);
    });
  });

  describe('clean HTML', () => {
    let html: string;
    before(async () => {
      html = await render('sp-compare', 'a=kafka', 'b=linkerd');
    });

    it('holds no Lit markers and no bogus comments such as <?>', () => {
      expect(html).not.to.include('<?');
      expect(html).not.to.include('<!--');
    });

    it('parses to no comment nodes, in the light or the shadow DOM', () => {
      const el = asStatic(html).querySelector('sp-compare')!;
      const comments = (root: Node) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
        let n = 0;
        while (walker.nextNode()) n++;
        return n;
      };
      expect(el.shadowRoot!.querySelectorAll('[part~="section"]')).to.have.length(6);
      expect(comments(el) + comments(el.shadowRoot!)).to.equal(0);
    });
  });

  describe('--faq-jsonld', () => {
    it('adds schema.org FAQPage data: four Questions, each with its acceptedAnswer', async () => {
      const html = await render('sp-compare', 'a=kafka', 'b=linkerd', '--faq-jsonld');
      const script = asStatic(html).querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect([data['@context'], data['@type']]).to.deep.equal(['https://schema.org', 'FAQPage']);
      expect(data.mainEntity).to.have.length(4);
      for (const entry of data.mainEntity) {
        expect(entry['@type']).to.equal('Question');
        expect(entry.name).to.be.a('string').and.match(/\?$/);
        expect(entry.acceptedAnswer['@type']).to.equal('Answer');
        expect(entry.acceptedAnswer.text).to.be.a('string').and.not.match(/[\u2066-\u2069]/);
      }
      expect(data.mainEntity[0].name).to.equal('What is the difference between Apache Kafka and Linkerd?');
    });

    it('drops bidi overrides, embeddings and marks from names, as the SVG badges do', async () => {
      const named = async (document: string, name: string) => {
        const json = (await (await fetch(`/demo/endpoint/${document}`)).json()) as Record<string, unknown>;
        if (document === 'index.json') (json.products as { slug: string; name: string }[]).find((p) => p.slug === 'kafka')!.name = name;
        else json.name = name;
        return JSON.stringify(json);
      };
      const hostile = 'Apache \u202eKafka\u202c\u200f\u061c\u202a';
      const { dir } = await endpoint({
        files: { 'index.json': await named('index.json', hostile), 'products/kafka.json': await named('products/kafka.json', hostile) },
      });
      const html = await renderFrom(dir, 'sp-compare', 'a=kafka', 'b=linkerd', '--faq-jsonld');
      const data = JSON.parse(asStatic(html).querySelector('script[type="application/ld+json"]')!.textContent!);
      const texts = (data.mainEntity as { name: string; acceptedAnswer: { text: string } }[]).flatMap((e) => [e.name, e.acceptedAnswer.text]);
      expect(texts[0]).to.equal('What is the difference between Apache Kafka and Linkerd?');
      for (const text of texts) expect(text).not.to.match(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    });

    it('is left out unless asked for', async () => {
      expect(await render('sp-compare', 'a=kafka', 'b=linkerd')).not.to.contain('application/ld+json');
    });
  });

  describe('renderWidget()', () => {
    it('refuses an attribute name that would end the tag, and writes nothing', async () => {
      expect(await refused('sp-velocity-badge', { product: 'kafka', 'x><img src=x onerror=alert(1)': '' })).to.equal(
        '"x><img src=x onerror=alert(1)" is not an attribute of sp-velocity-badge; it takes product, endpoint, theme, loading, lang, dir, id, class, style',
      );
    });

    it('refuses an attribute name with a space in it', async () => {
      expect(await refused('sp-velocity-badge', { product: 'kafka', 'x onfocus': 'alert(1)' })).to.match(/^"x onfocus" is not an attribute of sp-velocity-badge;/);
    });

    it('refuses every event handler attribute', async () => {
      for (const name of ['onmouseover', 'onclick', 'ONLOAD', 'onx']) {
        expect(await refused('sp-velocity-badge', { product: 'kafka', [name]: 'alert(1)' })).to.equal(
          `"${name}" is an event handler attribute: rendered HTML never carries one`,
        );
      }
    });

    it('refuses an attribute of another element', async () => {
      expect(await refused('sp-velocity-badge', { product: 'kafka', 'heading-level': '3' })).to.match(/^"heading-level" is not an attribute of sp-velocity-badge;/);
    });

    it('refuses a value that is not a string, naming the attribute', async () => {
      expect(await refused('sp-velocity-badge', { product: { evil: true } })).to.equal('"product" is given an object; an attribute\'s value is a string');
      expect(await refused('sp-timeline', { products: 'kafka', limit: 5 })).to.equal('"limit" is given a number; an attribute\'s value is a string');
      expect(await refused('sp-timeline', { products: 'kafka', 'sparks-only': true })).to.equal(
        '"sparks-only" is given a boolean; an attribute\'s value is a string (\'\' for one without a value)',
      );
      expect(await refused('sp-velocity-badge', { product: null })).to.equal('"product" is given null; an attribute\'s value is a string');
    });

    it('refuses attributes that are not an object of names and values', async () => {
      expect(await refused('sp-velocity-badge', ['product=kafka'])).to.equal('attributes must be an object of names and string values, not an array');
      expect(await refused('sp-velocity-badge', null)).to.equal('attributes must be an object of names and string values, not null');
    });

    it('refuses an element it does not render, naming it', async () => {
      for (const tag of ['sp-nope', 'constructor', 'toString']) {
        expect(await refused(tag, {})).to.equal(`"${tag}" is not one of sp-compare, sp-timeline, sp-velocity-badge`);
      }
    });

    it('refuses options without an endpoint', async () => {
      const { error } = await renderWidget('sp-velocity-badge', { product: 'kafka' }, {});
      expect(error).to.deep.include({ typeError: true, message: 'options.endpoint must name a folder or an http(s) URL' });
    });

    it('takes id, class and style for the page’s template, escaped', async () => {
      const style = 'min-height: 2.5em" onclick="alert(1)';
      const { html } = await renderWidget('sp-velocity-badge', { product: 'kafka', id: 'kafka-badge', class: 'a <b> & c', style });
      expect(html).to.include(' style="min-height: 2.5em&quot; onclick=&quot;alert(1)"').and.include(' class="a &lt;b&gt; &amp; c"');
      const badge = asStatic(html!).querySelector('sp-velocity-badge')!;
      expect(badge.getAttributeNames().sort()).to.deep.equal(['class', 'data-sparkpulse-rendered', 'id', 'product', 'style']);
      expect([badge.id, badge.className, badge.getAttribute('style')]).to.deep.equal(['kafka-badge', 'a <b> & c', style]);
    });

    it('takes the shared attributes: endpoint, theme, loading, lang and dir', async () => {
      const attributes = { product: 'kafka', endpoint: 'https://data.example/v1/', theme: 'dark', loading: 'lazy', lang: 'de', dir: 'rtl' };
      const { html, error } = await renderWidget('sp-velocity-badge', attributes);
      expect(error).to.equal(undefined);
      const badge = asStatic(html!).querySelector('sp-velocity-badge')!;
      for (const [name, value] of Object.entries(attributes)) expect(badge.getAttribute(name), name).to.equal(value);
      expect(badge.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    });

    it('throws the truthful error for an endpoint that cannot be reached', async () => {
      const { url } = await executeServerCommand<{ url: string }, Record<string, never>>('cli-unreachable', {});
      const { html, error } = await renderWidget('sp-velocity-badge', { product: 'kafka' }, { endpoint: url });
      expect(html).to.equal(undefined);
      expect(error).to.deep.equal({ name: 'EndpointError', message: `${url}summaries/0d3.json could not be reached (ECONNREFUSED)`, typeError: false, usage: false });
    });

    it('throws the truthful error for an HTML page instead of JSON', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'html' } });
      const { error } = await renderWidget('sp-velocity-badge', { product: 'kafka' }, { endpoint: url });
      expect(error).to.deep.include({ name: 'EndpointError', message: `${url}index.json is HTML, not JSON` });
    });

    it('warns on the console when a product is not tracked, and still renders', async () => {
      const { html, error, stderr } = await renderWidget('sp-velocity-badge', { product: 'nope' });
      expect(error).to.equal(undefined);
      expect(html).to.match(/^<sp-velocity-badge product="nope" /);
      expect(stderr).to.equal('[sparkpulse] "nope" is not tracked at demo/endpoint; the HTML shows the widget\'s empty state\n');
    });
  });

  describe('with the script tag, JavaScript on', () => {
    interface Watch {
      placeholders: number;
      shifts: number;
    }
    type Frame = Window & { takeoverWatch: Watch; probe: { events: { type: string }[]; errors: string[] } };

    /** The rendered widgets in a page of their own, with the loader, an endpoint that would fail, and the reader's clock ten days ahead. */
    async function takeover(html: string, count: number) {
      const frame = document.createElement('iframe');
      Object.assign(frame, { width: 1000, height: 900 });
      // In the window: a widget takes over once it is near the screen (see the test of one far below the fold).
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0' });
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="sparkpulse:endpoint" content="/ep/status-500~takeover-${Date.now()}/">
        <script src="/test/pages/probe.js"></script>
        <script src="/test/pages/takeover-watch.js"></script>
        <script src="/test/pages/clock-ahead.js"></script>
        <script src="/dist/sparkpulse.js"></script>
        </head><body>${html}<p id="after">After the widgets.</p></body></html>`;
      document.body.append(frame);
      mounted.push(frame);
      await waitUntil(() => (frame.contentWindow as Frame)?.probe?.events.length === count, 'every widget took over', { timeout: 10_000 });
      return frame;
    }

    it('takes over with no placeholder, no shift, no request and no error', async () => {
      const html = (await render('sp-velocity-badge', 'product=linkerd')) + (await render('sp-compare', 'a=kafka', 'b=linkerd'));
      const frame = await takeover(html, 2);
      const win = frame.contentWindow as Frame;
      expect(win.probe.events.map((e) => e.type)).to.deep.equal(['sp-load', 'sp-load']);
      expect(win.probe.errors).to.deep.equal([]);
      expect(win.takeoverWatch.placeholders).to.equal(0);
      expect(win.takeoverWatch.shifts).to.be.at.most(0.01);
      const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      expect(requests.filter((path) => path.startsWith('/ep/'))).to.deep.equal([]);
    });

    it('takes over a fixed box: its texts held, their buttons added, and nothing moved that was in sight', async () => {
      // The seed page's lengths, whose summaries the held box cuts to a line.
      const seed = `/ep/seedlength~takeover-${Date.now()}/`;
      const files = Object.fromEntries(
        await Promise.all(['index.json', 'products/kafka.json', 'products/linkerd.json'].map(async (path) => [path, await (await fetch(`${seed}${path}`)).text()])),
      );
      const { dir } = await endpoint({ files });
      const html = await renderFrom(dir, 'sp-compare', 'a=kafka', 'b=linkerd', 'sections=whatis', 'lines=1');
      const whole = asStatic(html).querySelector('sp-compare')!.getBoundingClientRect().height;
      // The script tag's code arrives after the first paint, as over a network; the host page goes on under the widget, in sight.
      const frame = document.createElement('iframe');
      Object.assign(frame, { width: 1000, height: 900 });
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <script src="/test/pages/probe.js"></script>
        <script src="/test/pages/takeover-watch.js"></script>
        <script>requestAnimationFrame(() => setTimeout(() => document.head.append(Object.assign(document.createElement('script'), { src: '/dist/sparkpulse.js' })), 100));</script>
        </head><body>${html}<div style="height: 600px; background: #eee"></div></body></html>`;
      // In the window: a frame out of sight is not rendered, and shifts nothing.
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0' });
      document.body.append(frame);
      mounted.push(frame);
      const win = frame.contentWindow as Frame;
      await waitUntil(() => win.probe?.events.length === 1, 'the widget took over', { timeout: 10_000 });
      const el = frame.contentDocument!.querySelector('sp-compare')!;
      await waitUntil(() => el.shadowRoot!.querySelector('button.more'), 'the cut texts get their buttons', { timeout: 5_000 });
      expect(win.probe.errors).to.deep.equal([]);
      const own = el.shadowRoot!.querySelector('.sections')!.getBoundingClientRect().height;
      expect(own, 'the held comparison is shorter than the whole one').to.be.below(whole - 100);
      // Shifts are reported after the frame that has them.
      for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win.takeoverWatch.shifts).to.be.at.most(0.01);
    });

    it('leaves one copy of the content, the widget’s own', async () => {
      const frame = await takeover(await render('sp-compare', 'a=kafka', 'b=linkerd', 'sections=glance faq'), 1);
      const el = frame.contentDocument!.querySelector('sp-compare')!;
      expect(el.shadowRoot!.querySelectorAll('.root')).to.have.length(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="section"]')).to.have.length(2);
      expect(el.shadowRoot!.querySelector('style')).to.equal(null);
    });

    it('takes over a widget far below the fold only once the reader scrolls near it, with no shift and no word lost', async () => {
      const far = await render('sp-compare', 'a=kafka', 'b=linkerd', 'sections=glance faq');
      const words = text(asStatic(far).querySelector('sp-compare')!.shadowRoot!.querySelector('.root'));
      const frame = document.createElement('iframe');
      Object.assign(frame, { width: 1000, height: 600 });
      // In the window, so that "near the screen" means near the frame's own viewport.
      Object.assign(frame.style, { position: 'fixed', top: '0', left: '0' });
      frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <meta name="sparkpulse:endpoint" content="/ep/status-500~takeover-far-${Date.now()}/">
        <script src="/test/pages/probe.js"></script>
        <script src="/test/pages/takeover-watch.js"></script>
        <script src="/dist/sparkpulse.js"></script>
        </head><body>${await render('sp-velocity-badge', 'product=linkerd')}<div style="height: 5000px"></div>${far}<p>After the widgets.</p></body></html>`;
      document.body.append(frame);
      mounted.push(frame);
      const win = frame.contentWindow as Frame;
      await waitUntil(() => win.probe?.events.length >= 1, 'the badge in sight took over', { timeout: 10_000 });
      const el = frame.contentDocument!.querySelector('sp-compare')!;
      const served = el.shadowRoot!.querySelector('.root');
      const box = el.getBoundingClientRect().height;
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(win.customElements.get('sp-compare'), 'its code is here').not.to.equal(undefined);
      expect((el as HTMLElement & { hasUpdated: boolean }).hasUpdated, 'not taken over far from sight').to.equal(false);
      expect(el.shadowRoot!.querySelector('.root'), 'the server’s content').to.equal(served);

      el.scrollIntoView();
      await waitUntil(() => win.probe.events.length === 2, 'the comparison took over once near', { timeout: 10_000 });
      expect((el as HTMLElement & { hasUpdated: boolean }).hasUpdated).to.equal(true);
      expect(el.shadowRoot!.querySelector('.root'), 'the widget’s own content').not.to.equal(served);
      expect(text(el.shadowRoot!.querySelector('.root'))).to.equal(words);
      expect(el.getBoundingClientRect().height).to.be.closeTo(box, 1);
      for (let i = 0; i < 3; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
      expect(win.takeoverWatch.shifts).to.be.at.most(0.01);
      expect(win.takeoverWatch.placeholders).to.equal(0);
      expect(win.probe.errors).to.deep.equal([]);
    });

    it('brings relative times to the reader’s clock', async () => {
      const html = await render('sp-timeline', 'products=kafka', 'limit=1');
      const before = text(asStatic(html).querySelector('sp-timeline')!.shadowRoot!.querySelector('time [aria-hidden="true"]'));
      const frame = await takeover(html, 1);
      const after = text(frame.contentDocument!.querySelector('sp-timeline')!.shadowRoot!.querySelector('time [aria-hidden="true"]'));
      expect(after).not.to.equal(before);
    });
  });
});
