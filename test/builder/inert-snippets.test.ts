/**
 * The builder's snippets written from hostile data, rendered the way each
 * place they are pasted into renders them: the Markdown badges through
 * commonmark.js, markdown-it and marked; the HTML under a Vue app mounted
 * over it (Vue's in-DOM templates, development and production builds); the
 * Vue component's template compiled by Vue; the React code compiled by
 * TypeScript's JSX transform. Nothing from the data may become an element, an
 * attribute, a handler, a call or a template delimiter, and every value must
 * still read as it was written.
 */
import { expect, waitUntil } from '@open-wc/testing';
import * as MarkdownItModule from 'markdown-it';
import { marked } from 'marked';
import { SECTIONS } from '../../src/compare/section-names.js';
import { Reader, readIndex, type Index } from '../../src/contract/index.js';
import { resolveEndpoint } from '../../src/client/endpoint.js';
import {
  allSnippets,
  badgeImageUrl,
  DEFAULT_LOADER,
  markdownBadges,
  reactSnippet,
  scriptTagSnippet,
  shieldsUrls,
  sizeHint,
  SNIPPETS,
  vueSnippet,
  type EmbedOptions,
  type Widget,
} from '../../src/builder/snippets.js';
import { fillTemplate } from '../../src/text/format.js';
import { words } from '../../src/builder/words.js';

// markdown-it's ESM build exports its class as the default export.
const MarkdownIt = (MarkdownItModule as unknown as { default: typeof MarkdownItModule.default }).default;

/** Names a producer could put in its index, each meant to turn into markup, formatting, a call or a reordering. */
const NAMES = [
  'Argo<x a=" onerror=alert(document.domain) b=">',
  "Kafka{{$emit.constructor('alert(2)')()}}",
  '{{constructor.constructor("alert(3)")()}}',
  '{%raw%}{% include x.html %}{#c#}{{ 7*7 }}{%endraw%}',
  '${alert(4)}`${alert(5)}`',
  '<img src=x onerror=alert(6)><script>alert(7)</script>',
  'AT&T &amp; &lt;b&gt; &#60;i&#62; &#x7b;&#x7b;x}}',
  `O'Reilly "q" \`code\` *em* _u_ __b__ ~~s~~ <https://x.example>`,
  '[link](javascript:alert(8)) ![i](x) \\ \\* ! ( ) [ ] \\',
  'Left\u202Eright\u202C \u2066iso\u2069 \u200Fmark \u061Cx',
  'Line\nbreak\ttab\u2028sep {\n{ x }',
  '{{{$}}}{%%}{##}$${{',
  '{{x}}<i>&*_`[]!\\'.repeat(30),
];

/** The site's own name and templates are data too. */
const SITE = {
  name: 'Site {{constructor.constructor("alert(9)")()}} <b>&</b> ${x}',
  url: 'https://sparkpulse.example/',
  productUrl: 'https://sparkpulse.example/products/{slug}?q={{constructor.constructor(alert)(10)}}&x=${y}&amp;z={%w%}',
  compareUrl: 'https://sparkpulse.example/compare/{a}-vs-{b}?{%x%}{#y#}=\\(1)',
};

const slugOf = (i: number) => `p${i}`;

/** The index as the builder has it: read by the contract, as the endpoint's index.json would be. */
function indexOf(names: readonly string[], site: object): Index {
  const json = { version: 1, site, products: names.map((name, i) => ({ slug: slugOf(i), name, sector: 'DevOps', velocity: 5, sparks30d: 0 })) };
  return Reader.read('index.json', json, readIndex)[0];
}

const hostile = indexOf(NAMES, SITE);
/** The same products with plain names and a plain site. */
const plain = indexOf(
  NAMES.map((_, i) => `Product ${i}`),
  { name: 'Sparkpulse', url: 'https://sparkpulse.example/', productUrl: 'https://sparkpulse.example/products/{slug}', compareUrl: 'https://sparkpulse.example/compare/{a}-vs-{b}' },
);

/** An endpoint on the test server, so the badge images in a live page fail fast, with template delimiters in its path. */
const ENDPOINT = resolveEndpoint(`${location.origin}/no-such-endpoint/{{x}}/\${y}/`);

const options = (changes: Partial<EmbedOptions>): EmbedOptions => ({
  widget: 'compare',
  a: slugOf(0),
  b: slugOf(1),
  products: [slugOf(0)],
  product: slugOf(0),
  sections: SECTIONS,
  limit: 12,
  sparksOnly: false,
  headingLevel: 2,
  theme: 'inherit',
  lazy: false,
  endpoint: ENDPOINT,
  loader: DEFAULT_LOADER,
  ...changes,
});

const slugs = NAMES.map((_, i) => slugOf(i));

/** Every way the builder can name the hostile products: each one's badge, each pair compared, a timeline of twenty. */
const CASES: EmbedOptions[] = [
  ...slugs.map((product) => options({ widget: 'badge', product })),
  ...slugs.map((a, i) => options({ widget: 'compare', a, b: slugs[(i + 1) % slugs.length] })),
  options({ widget: 'timeline', products: slugs }),
];

const describeCase = (o: EmbedOptions) => `${o.widget} ${chosen(o).join(',')}`;
const chosen = (o: EmbedOptions) => ({ compare: [o.a, o.b], timeline: o.products, badge: [o.product] })[o.widget as Widget];

const nameOf = (index: Index, slug: string) => index.products.find((product) => product.slug === slug)!.name;

/** What a reader sees of a name: isolated when it holds a bidi control, so it cannot turn the text after it around. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const shown = (text: string) => (BIDI.test(text) ? `\u2068${text}\u2069` : text);
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The same URL however its characters are escaped: `{` and `%7B` alike (and
 * `%` and `%25`, which renderers write for a `%` that starts no escape), but
 * the escapes of the characters that shape a URL kept.
 */
const sameUrl = (url: string) =>
  new URL(url).href.replace(/%([\dA-F]{2})/gi, (escape, hex: string) => {
    const c = String.fromCharCode(parseInt(hex, 16));
    return /[&=?#/+;]/.test(c) ? escape : c;
  });

const DELIMITERS = ['{{', '{%', '{#', '${'];
const count = (text: string, part: string) => text.split(part).length - 1;

// ------------------------------------------------------------ pages

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A test page's window: the dialogs it tried to open, its uncaught errors, and a template for Vue to compile. */
type PageWindow = Window & { dialogs: string[]; problems: string[]; template?: string };

/**
 * A same-origin page in a frame, with `body` as its body, where a dialog or
 * a print is recorded instead of shown. Resolves once every image in it has
 * loaded or failed, and a moment after, for any handler they fire.
 */
async function page(body: string): Promise<PageWindow> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><script>
    window.dialogs = [];
    window.problems = [];
    for (const name of ['alert', 'confirm', 'prompt', 'print']) window[name] = (...args) => dialogs.push(name + '(' + args.join(', ') + ')');
    window.addEventListener('error', (event) => problems.push(String(event.message)));
  </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  await waitUntil(() => [...win.document.images].every((image) => image.complete), 'every image settled', { timeout: 5_000 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  return win;
}

/** Runs `script` in the page, after `src` if given, as a classic script. */
async function run(win: PageWindow, script: string, src?: string): Promise<void> {
  const doc = win.document;
  if (src) {
    const loader = Object.assign(doc.createElement('script'), { src });
    const loaded = new Promise((resolve, reject) => {
      loader.onload = resolve;
      loader.onerror = () => reject(new Error(`${src} did not load`));
    });
    doc.head.append(loader);
    await loaded;
  }
  const inline = doc.createElement('script');
  inline.textContent = script;
  doc.body.append(inline);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Loads a classic script into this test's own page once. */
const scripts = new Map<string, Promise<unknown>>();
function loadHere(src: string): Promise<unknown> {
  if (!scripts.has(src)) {
    scripts.set(
      src,
      new Promise((resolve, reject) => {
        const script = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: () => reject(new Error(`${src} did not load`)) });
        document.head.append(script);
      }),
    );
  }
  return scripts.get(src)!;
}

/** Each element under `root`: its name and attributes, a style as the browser reads it. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => {
    const attributes = [...el.attributes].map((a) => (a.name === 'style' ? `style=${(el as HTMLElement).style.cssText}` : `${a.name}=${a.value}`));
    return `<${el.localName} ${attributes.sort().join(' ')}>`;
  });
}

/** The widget part of the HTML snippet: what goes into the page's body. */
const bodyPart = (snippet: string) => snippet.split('\n\n')[1];

describe('snippets written from hostile data', function () {
  this.timeout(60_000);

  it('reads the hostile names through the contract unchanged, but for the long one cut', () => {
    expect(hostile.products.map((product) => product.name).slice(0, -1)).to.deep.equal(NAMES.slice(0, -1));
    expect(hostile.site.productUrl).to.equal(SITE.productUrl);
    expect(fillTemplate(hostile.site.productUrl, { slug: 'p0' })).to.include('{{constructor');
  });

  it('lets no template delimiter from the data into any snippet: only the snippet’s own code has any', () => {
    for (const o of CASES) {
      const written = allSnippets(o, hostile);
      const own = allSnippets({ ...o, endpoint: 'https://data.example.com/v1/' }, plain);
      for (const kind of SNIPPETS) {
        for (const delimiter of DELIMITERS) {
          expect(count(written[kind], delimiter), `${delimiter} in the ${kind} snippet of ${describeCase(o)}`).to.equal(count(own[kind], delimiter));
        }
      }
    }
  });

  it('writes no control or format character into any snippet, bidi controls included', () => {
    for (const o of CASES) {
      const written = allSnippets(o, hostile);
      for (const kind of SNIPPETS) {
        expect(written[kind].replace(/\n/g, ''), `the ${kind} snippet of ${describeCase(o)}`).not.to.match(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
      }
    }
  });

  describe('the HTML snippet', () => {
    it('parses to the element and its fallback, with every name as text that reads as written', () => {
      const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html').body;
      for (const o of CASES) {
        const body = parse(scriptTagSnippet(o, hostile));
        const widget = body.firstElementChild!;
        expect(widget.localName).to.match(/^sp-/);
        const site = shown(SITE.name);
        const name = (slug: string) => shown(nameOf(hostile, slug));
        const text = {
          compare: () => words.compareFallback(name(o.a), name(o.b), site),
          timeline: () => words.timelineFallback(o.products.map(name), site),
          badge: () => '',
        }[o.widget]();
        expect(folded(widget.textContent!), describeCase(o)).to.equal(folded(text));
        const allowed = { compare: ['p', 'a'], timeline: ['p', 'a'], badge: ['img'] }[o.widget];
        expect([...widget.querySelectorAll('*')].every((el) => allowed.includes(el.localName)), describeCase(o)).to.be.true;
        for (const link of widget.querySelectorAll('a')) expect(link.getAttributeNames()).to.deep.equal(['href']);
        const image = widget.querySelector('img');
        if (image) {
          expect(image.getAttributeNames()).to.deep.equal(['src', 'alt', 'height']);
          expect(image.alt).to.equal(`${name(o.product)} velocity`);
          expect(image.getAttribute('src')).to.equal(badgeImageUrl(ENDPOINT, o.product));
        }
      }
    });

    it('keeps each link and the endpoint exactly as the data has them', () => {
      const compare = new DOMParser().parseFromString(scriptTagSnippet(options({}), hostile), 'text/html');
      expect(compare.querySelector('sp-compare a')!.getAttribute('href')).to.equal(fillTemplate(SITE.compareUrl, { a: 'p0', b: 'p1' }));
      expect(compare.querySelector('meta')!.content).to.equal(ENDPOINT);
      const timeline = new DOMParser().parseFromString(scriptTagSnippet(options({ widget: 'timeline', products: slugs }), hostile), 'text/html');
      expect([...timeline.querySelectorAll('sp-timeline a')].map((a) => a.getAttribute('href'))).to.deep.equal(
        slugs.map((slug) => fillTemplate(SITE.productUrl, { slug })),
      );
    });

    it('escapes a loader or an endpoint that is any text at all, as a caller of the function may pass', () => {
      const odd = '"><script>alert(1)</script>{{alert(2)}}${alert(3)}\u202E';
      const head = new DOMParser().parseFromString(scriptTagSnippet(options({ loader: odd, endpoint: odd }), plain), 'text/html');
      expect(head.querySelectorAll('script')).to.have.length(1);
      expect(head.querySelector('script')!.getAttribute('src')).to.equal(odd);
      expect(head.querySelector('meta')!.content).to.equal(odd);
    });

    for (const build of ['vue.global.js', 'vue.global.prod.js']) {
      it(`stays as it is, with no dialog, under a Vue app mounted over it (${build})`, async () => {
        for (const o of CASES) {
          const html = bodyPart(scriptTagSnippet(o, hostile));
          const expected = new DOMParser().parseFromString(`<div id="app">${html}</div>`, 'text/html').getElementById('app')!;
          const win = await page(`<div id="app">${html}</div>`);
          await run(
            win,
            `const app = Vue.createApp({});
            app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sp-');
            app.config.errorHandler = (error) => problems.push(String(error));
            app.mount('#app');`,
            `/node_modules/vue/dist/${build}`,
          );
          const app = win.document.getElementById('app')!;
          expect(win.dialogs, describeCase(o)).to.deep.equal([]);
          expect(win.problems, describeCase(o)).to.deep.equal([]);
          expect(shape(app), describeCase(o)).to.deep.equal(shape(expected));
          expect(folded(app.textContent!), describeCase(o)).to.equal(folded(expected.textContent!));
          frames.splice(0).forEach((frame) => frame.remove());
        }
      });
    }
  });

  describe('the Vue snippet', () => {
    const ODD_ENDPOINTS = [ENDPOINT, 'https://data.example/v1/"{{alert(1)}}\'${alert(2)}\u202E<b>&amp;', '{{$emit.constructor(`alert(3)`)()}}'];

    it('passes the endpoint as written when Vue compiles its template, with no dialog', async () => {
      for (const endpoint of ODD_ENDPOINTS) {
        for (const widget of ['compare', 'timeline', 'badge'] as const) {
          const snippet = vueSnippet(options({ widget, endpoint, products: ['p0', 'p1'] }));
          const template = /<template>\n([^]*)\n<\/template>/.exec(snippet)![1];
          const win = await page('<div id="app"></div>');
          win.template = template;
          await run(
            win,
            `const app = Vue.createApp({ template });
            app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sp-');
            app.config.errorHandler = (error) => problems.push(String(error));
            app.config.warnHandler = (message) => problems.push(message);
            app.mount('#app');`,
            '/node_modules/vue/dist/vue.global.js',
          );
          expect(win.dialogs).to.deep.equal([]);
          expect(win.problems).to.deep.equal([]);
          const element = win.document.querySelector('#app > *')!;
          expect(element.localName).to.equal(`sp-${widget === 'badge' ? 'velocity-badge' : widget}`);
          expect(element.getAttribute('endpoint')).to.equal(endpoint);
          expect(element.children).to.have.length(0);
          frames.splice(0).forEach((frame) => frame.remove());
        }
      }
    });
  });

  describe('the React snippet', () => {
    interface Ts {
      transpileModule(input: string, options: object): { outputText: string; diagnostics?: { messageText: unknown }[] };
      JsxEmit: { React: number };
      ScriptTarget: { ES2022: number };
      ModuleKind: { ESNext: number };
    }

    before(async function () {
      this.timeout(60_000);
      await loadHere('/node_modules/typescript/lib/typescript.js');
    });

    /** The props the snippet gives its component, through TypeScript's JSX transform, and any dialog it opened. */
    function propsOf(snippet: string): { component: string; props: Record<string, unknown>; dialogs: unknown[] } {
      const ts = (globalThis as unknown as { ts: Ts }).ts;
      const { outputText, diagnostics } = ts.transpileModule(snippet, {
        fileName: 'snippet.tsx',
        reportDiagnostics: true,
        compilerOptions: { jsx: ts.JsxEmit.React, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      });
      expect(diagnostics?.map((d) => d.messageText) ?? []).to.deep.equal([]);
      const made: { component: string; props: Record<string, unknown> }[] = [];
      const React = { createElement: (component: { name: string }, props: Record<string, unknown>) => made.push({ component: component.name, props }) };
      const components = { SpCompare: function SpCompare() {}, SpTimeline: function SpTimeline() {}, SpVelocityBadge: function SpVelocityBadge() {} };
      const dialogs: unknown[] = [];
      const alert = window.alert;
      window.alert = (message) => dialogs.push(message);
      try {
        // The compiled snippet runs here, with the components and a React that records each element made.
        new Function('React', ...Object.keys(components), outputText.replace(/^import .*$/m, ''))(React, ...Object.values(components));
      } finally {
        window.alert = alert;
      }
      expect(made).to.have.length(1);
      return { ...made[0], dialogs };
    }

    it('compiles to the component with the endpoint as written, whatever text it is', () => {
      for (const endpoint of [ENDPOINT, 'https://data.example/v1/"{{alert(1)}}\'${alert(2)}\u202E<b>&amp;}', '{`${alert(3)}`}</script>\\']) {
        const { component, props, dialogs } = propsOf(reactSnippet(options({ widget: 'timeline', endpoint, products: ['p0', 'p1'], limit: 3 })));
        expect(component).to.equal('SpTimeline');
        const minHeight = sizeHint(options({ widget: 'timeline', limit: 3 }))!.replace('min-height: ', '');
        expect(props).to.deep.equal({ products: ['p0', 'p1'], limit: 3, endpoint, style: { minHeight } });
        expect(dialogs).to.deep.equal([]);
      }
    });

    it('compiles for a comparison and a badge', () => {
      expect(propsOf(reactSnippet(options({ theme: 'dark' }))).props).to.include({ a: 'p0', b: 'p1', theme: 'dark', endpoint: ENDPOINT });
      expect(propsOf(reactSnippet(options({ widget: 'badge', product: 'p2', lazy: true }))).props).to.deep.equal({ product: 'p2', loading: 'lazy', endpoint: ENDPOINT });
    });
  });

  describe('the Markdown badges', () => {
    before(() => loadHere('/node_modules/commonmark/dist/commonmark.js'));

    interface CommonMark {
      Parser: new () => { parse(text: string): unknown };
      HtmlRenderer: new () => { render(tree: unknown): string };
    }
    const renderers: Record<string, (markdown: string) => string> = {
      'commonmark.js': (markdown) => {
        const { Parser, HtmlRenderer } = (globalThis as unknown as { commonmark: CommonMark }).commonmark;
        return new HtmlRenderer().render(new Parser().parse(markdown));
      },
      'markdown-it': (markdown) => new MarkdownIt().render(markdown),
      'markdown-it with HTML on, as VitePress has it': (markdown) => new MarkdownIt({ html: true }).render(markdown),
      marked: (markdown) => marked.parse(markdown, { async: false }),
    };

    for (const [renderer, render] of Object.entries(renderers)) {
      it(`renders in ${renderer} as one linked image a product, the name only in its alt text, with no dialog`, async () => {
        for (const [i, slug] of slugs.entries()) {
          const markdown = markdownBadges(options({ widget: 'badge', product: slug }), hostile);
          const html = render(markdown);
          const body = new DOMParser().parseFromString(html, 'text/html').body;
          const why = `${renderer}: ${markdown}\n→ ${html}`;
          expect(shape(body).map((tag) => tag.replace(/ .*/, '')), why).to.deep.equal(['<p', '<a', '<img']);
          const link = body.querySelector('a')!;
          const image = body.querySelector('img')!;
          expect(link.getAttributeNames(), why).to.deep.equal(['href']);
          expect(image.getAttributeNames(), why).to.have.members(['src', 'alt']);
          expect(image.alt, why).to.equal(`${shown(folded(hostile.products[i].name))} velocity`);
          expect(sameUrl(image.getAttribute('src')!), why).to.equal(sameUrl(badgeImageUrl(ENDPOINT, slug)));
          expect(sameUrl(link.getAttribute('href')!), why).to.equal(sameUrl(fillTemplate(SITE.productUrl, { slug })!));
          expect(folded(body.textContent!), why).to.equal('');
        }
        const win = await page(slugs.map((slug) => render(markdownBadges(options({ widget: 'badge', product: slug }), hostile))).join(''));
        expect(win.dialogs).to.deep.equal([]);
        expect(win.problems).to.deep.equal([]);
      });
    }

    it('stays as it is when VitePress compiles the page as a Vue template, with no dialog', async () => {
      const html = new MarkdownIt({ html: true }).render(markdownBadges(options({ widget: 'timeline', products: slugs }), hostile));
      const expected = new DOMParser().parseFromString(`<div id="app">${html}</div>`, 'text/html').getElementById('app')!;
      const win = await page('<div id="app"></div>');
      win.template = html;
      await run(
        win,
        `const app = Vue.createApp({ template });
        app.config.errorHandler = (error) => problems.push(String(error));
        app.mount('#app');`,
        '/node_modules/vue/dist/vue.global.js',
      );
      expect(win.dialogs).to.deep.equal([]);
      expect(win.problems).to.deep.equal([]);
      expect(shape(win.document.getElementById('app')!)).to.deep.equal(shape(expected));
    });

    it('percent-encodes any white space in a URL, as UTF-8', () => {
      const endpoint = 'https://data.example/a\u2028b\u3000c d(e)/';
      const snippet = markdownBadges(options({ widget: 'badge', product: 'p0', endpoint }), indexOf(['Kafka'], { name: 'S' }));
      const url = /\]\((.*)\)$/.exec(snippet)![1];
      expect(url).to.equal('https://data.example/a%E2%80%A8b%E3%80%80c%20d%28e%29/badges/p0.svg');
      expect(decodeURIComponent(url)).to.equal(`${endpoint}badges/p0.svg`);
    });

    it('keeps ordinary names readable', () => {
      const snippet = markdownBadges(options({ widget: 'badge', product: 'p0', endpoint: 'https://data.example.com/v1/' }), indexOf(['Node.js (beta)'], { name: 'S' }));
      expect(snippet).to.equal('![Node\\.js \\(beta\\) velocity](https://data.example.com/v1/badges/p0.svg)');
    });
  });

  describe('the shields.io URLs', () => {
    it('percent-encode every character a template, Markdown or HTML would read, and give back the document URL', () => {
      const endpoints = [ENDPOINT, resolveEndpoint('https://{{a}}.example/v1/'), 'https://data.example/v1/"\'<>`{{x}}{%y%}{#z#}${w}&a=b c\\'];
      for (const endpoint of endpoints) {
        for (const url of shieldsUrls(options({ endpoint })).split('\n')) {
          const [, value] = url.split('?url=');
          expect(value, url).to.match(/^[\w%.!*'()~-]*$/);
          expect(value, url).not.to.match(/[{}$#<>"`&\\\s]/);
          expect(decodeURIComponent(value)).to.match(/^.*shields\/p[01]\.json$/);
          expect(decodeURIComponent(value).startsWith(endpoint)).to.be.true;
        }
      }
    });
  });
});
