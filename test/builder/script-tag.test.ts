/**
 * The builder through the script tag (dist/sparkpulse.js, built by
 * `npm run build:cdn`): its code is a chunk of its own, fetched only by a
 * page that has the tag; under a prefix it previews the prefixed widgets;
 * and the minified build keeps the snippets' line breaks.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { absolute, endpoint, textOf } from '../helpers.js';

const BUILDER_SOURCE = 'src/builder/sp-embed-builder.ts';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

type Manifest = Record<string, ManifestChunk>;

async function manifest(): Promise<Manifest> {
  return (await fetch('/dist/cdn/manifest.json', { cache: 'no-store' })).json();
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A same-origin page in a 1000 × 900 frame, from a path or as srcdoc. */
async function open(page: { src: string } | { srcdoc: string }): Promise<HTMLIFrameElement> {
  const frame = Object.assign(document.createElement('iframe'), { width: '1000', height: '900', ...page });
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const fetchedPaths = (frame: HTMLIFrameElement) =>
  frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** The builder in `frame`, once its preview has loaded. */
async function builderIn(frame: HTMLIFrameElement, tag: string): Promise<Element> {
  let builder: Element | null = null;
  await waitUntil(
    () => {
      builder = frame.contentDocument!.querySelector(tag);
      const preview = builder?.shadowRoot?.querySelector('.preview')?.firstElementChild;
      return preview?.shadowRoot?.querySelector('.root:not(:has([part="loading"]))');
    },
    `<${tag}> with a loaded preview`,
    { timeout: 10_000 },
  );
  return builder!;
}

describe('<sp-embed-builder> through the script tag', function () {
  this.timeout(20_000);

  it('is a chunk of its own, which no widget’s chunk imports', async () => {
    const chunks = await manifest();
    const loader = Object.values(chunks).find((chunk) => chunk.isEntry)!;
    expect(loader.dynamicImports, 'the loader imports the builder on demand').to.include(BUILDER_SOURCE);
    const importers = Object.entries(chunks).filter(([, chunk]) => chunk.imports?.includes(BUILDER_SOURCE)).map(([key]) => key);
    expect(importers).to.deep.equal([]);
  });

  it('is not fetched by a page of widgets', async () => {
    const builderFile = `/dist/${(await manifest())[BUILDER_SOURCE].file}`;
    const frame = await open({ src: '/demo/docs.html' });
    await waitUntil(() => frame.contentDocument!.querySelector('sp-velocity-badge')?.shadowRoot?.querySelector('a'), 'a badge', { timeout: 10_000 });
    const fetched = fetchedPaths(frame);
    expect(fetched.some((path) => path.startsWith('/dist/cdn/'))).to.be.true;
    expect(fetched).not.to.include(builderFile);
  });

  it('loads on demand in the demo page, with the page’s script as the snippets’ loader', async () => {
    const frame = await open({ src: '/demo/builder.html' });
    const builder = await builderIn(frame, 'sp-embed-builder');
    expect(fetchedPaths(frame)).to.include(`/dist/${(await manifest())[BUILDER_SOURCE].file}`);
    const html = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-html')!.value;
    expect(html.split('\n')).to.deep.equal([
      '<!-- Once per page, in its <head> -->',
      `<meta name="sparkpulse:endpoint" content="${absolute('/demo/endpoint/')}">`,
      `<script src="${absolute('/dist/sparkpulse.js')}"></script>`,
      '',
      '<!-- Where the widget goes -->',
      html.split('\n')[5],
      '  <p><a href="https://sparkpulse.example/compare/kafka-vs-linkerd">Apache Kafka vs Linkerd on Sparkpulse</a></p>',
      '</sp-compare>',
    ]);
    expect(html.split('\n')[5]).to.match(/^<sp-compare a="kafka" b="linkerd" style="min-height: \d+em">$/);
  });

  it('previews the widgets under its own prefix', async () => {
    const ep = absolute(endpoint('ok'));
    const frame = await open({
      srcdoc: `<script src="${absolute('/dist/sparkpulse.js')}" data-prefix="acme"></script><acme-embed-builder endpoint="${ep}"></acme-embed-builder>`,
    });
    const builder = await builderIn(frame, 'acme-embed-builder');
    const preview = builder.shadowRoot!.querySelector('.preview')!.firstElementChild!;
    expect(preview.localName).to.equal('acme-compare');
    expect(textOf(preview.shadowRoot)).to.contain('Apache Kafka');
    // The snippets are for other pages, which name the widgets as the README does.
    expect(builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet-html')!.value).to.include('<sp-compare a="kafka" b="linkerd"');
  });
});
