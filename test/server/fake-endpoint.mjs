// A fake data endpoint for the tests, as dev-server middleware.
//
// URLs look like /ep/<scenario>~<run>/<document>, e.g. /ep/ok~42/index.json.
// The part after "~" only makes the URL unique, so each test gets its own
// documents and its own request count (read back from /ep-hits/<scenario>~<run>,
// and the paths that carried cookies from /ep-cookies/<scenario>~<run>).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeHostile } from '../fixtures/hostile.mjs';

const SAMPLE = join(process.cwd(), 'demo', 'endpoint');
/** A request that is never answered is closed after this, so nothing hangs. */
const HANG_LIMIT_MS = 5_000;

const hits = new Map();
/** Paths whose client hung up before the answer was complete. */
const aborted = new Set();
/** Paths that arrived with a Cookie header. */
const withCookies = new Set();

async function sample(document) {
  try {
    return JSON.parse(await readFile(join(SAMPLE, document.replace(/\.\./g, '')), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * The document a scenario starts from: the sample's (the full form), or, on
 * an endpoint whose scenario starts with "pub." (/ep/pub.cut-1~…/), the
 * sample as `sparkpulse build` publishes it, so a failure can be staged on
 * the published form's documents too.
 */
const base = (ctx, document) => (ctx.state.published ? published(document, '') : sample(document));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Each scenario answers one document request. */
const scenarios = {
  async ok(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) ctx.status = 404;
    else json(ctx, body);
  },
  // Answers after a delay given as ~<ms> in the name, e.g. slow-300.
  async slow(ctx, document, arg) {
    await sleep(Number(arg) || 300);
    await scenarios.ok(ctx, document);
  },
  async hang(ctx) {
    await sleep(HANG_LIMIT_MS);
    ctx.status = 504;
  },
  async status(ctx, _document, arg) {
    ctx.status = Number(arg) || 500;
    ctx.body = 'fake failure';
  },
  // Fails the first request for each document, then answers normally.
  async flaky(ctx, document, _arg, count) {
    if (count === 1) ctx.status = 503;
    else await scenarios.ok(ctx, document);
  },
  async html(ctx) {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Oops</title>';
  },
  async empty(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '';
  },
  async garbage(ctx) {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = '{"version": 1,';
  },
  // The sample data with one field broken: products[2].velocity in the index,
  // and activity[0].date in every product.
  async invalid(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    if (body.products) body.products[2].velocity = 'fast';
    if (body.activity) body.activity[0].date = 'yesterday';
    json(ctx, body);
  },
  // The first <n> requests for each document fail with <status>, e.g. fail-2-503.
  async fail(ctx, document, arg, count) {
    const [times, status] = (arg ?? '').split('-').map(Number);
    if (count > (times || 1)) return scenarios.ok(ctx, document);
    ctx.status = status || 503;
    ctx.body = 'fake failure';
  },
  // The first request for each document is a 503 asking to wait <s> seconds.
  async retryafter(ctx, document, arg, count) {
    if (count > 1) return scenarios.ok(ctx, document);
    ctx.status = 503;
    ctx.set('Retry-After', arg ?? '1');
    ctx.body = 'come back later';
  },
  // The first <n> requests for each document lose their connection.
  async drop(ctx, document, arg, count) {
    if (count > (Number(arg) || Infinity)) return scenarios.ok(ctx, document);
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
  // Starts a body and never finishes it.
  async trickle(ctx) {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    ctx.res.write('{"version": 1, "products": [');
    await sleep(HANG_LIMIT_MS);
    if (!ctx.res.destroyed) ctx.res.end(']}');
  },
  // A body over 1 MB: declared in Content-Length, or (huge-chunked) only counted.
  async huge(ctx, document, arg) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    body.padding = 'x'.repeat(1_100_000);
    const text = JSON.stringify(body);
    if (arg !== 'chunked') return json(ctx, body);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    for (let i = 0; i < text.length && !ctx.res.destroyed; i += 65_536) ctx.res.write(text.slice(i, i + 65_536));
    if (!ctx.res.destroyed) ctx.res.end();
  },
  // Product documents without a name: a broken core field.
  async nameless(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    if (body.activity || body.items) delete body.name;
    json(ctx, body);
  },
  // A product with 10,000 activity items.
  async many(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    if (body.activity) {
      const first = Date.parse(body.activity[0].date);
      body.activity = Array.from({ length: 10_000 }, (_, i) => ({
        date: new Date(first - i * 3_600_000).toISOString(),
        title: `Item ${i}`,
        url: `https://example.com/${i}`,
        spark: i % 7 === 0,
      }));
    }
    json(ctx, body);
  },
  // Sample data with hostile values; see test/fixtures/hostile.mjs.
  async hostile(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    json(ctx, makeHostile(body));
  },
  // The sample data with fields the contract does not know about.
  async extended(ctx, document) {
    const body = await base(ctx, document);
    if (body === undefined) return void (ctx.status = 404);
    body.futureField = { nested: true };
    for (const p of body.products ?? []) p.futureRank = 1;
    json(ctx, body);
  },
  // The sample's shape with other words, as long as the sample's from half to
  // twice (test/fixtures/generated.mjs), after an optional delay in ms:
  // generated-<seed>[-<ms>], e.g. generated-7-300.
  async generated(ctx, document, arg) {
    const [seed, ms] = (arg ?? '').split('-').map(Number);
    const { generatedEndpoint, documentAt } = await import('../fixtures/generated.mjs');
    await sleep(ms || 0);
    const body = documentAt(generatedEndpoint(seed || 0), document);
    if (body === undefined) ctx.status = 404;
    else json(ctx, body);
  },
  // Texts as long as the seed page has them (test/fixtures/generated.mjs):
  // seedlength alone; seedlength-<seed>[-<ms>] for generated words from half
  // to twice those lengths, after an optional delay, e.g. seedlength-2-300.
  async seedlength(ctx, document, arg) {
    const [seed, ms] = (arg ?? '').split('-').map(Number);
    const { generatedEndpoint, seedLengthEndpoint, documentAt } = await import('../fixtures/generated.mjs');
    await sleep(ms || 0);
    const body = documentAt(seed ? generatedEndpoint(seed, { from: 'seed' }) : seedLengthEndpoint(), document);
    if (body === undefined) ctx.status = 404;
    else json(ctx, body);
  },
  // Text that is hard to lay out: long unbroken names, URLs and words
  // (test/fixtures/generated.mjs), after an optional delay: long[-<ms>].
  async long(ctx, document, arg) {
    const { longEndpoint, documentAt } = await import('../fixtures/generated.mjs');
    await sleep(Number(arg) || 0);
    const body = documentAt(longEndpoint(), document);
    if (body === undefined) ctx.status = 404;
    else json(ctx, body);
  },
  // The first <n> requests for each document answer as another scenario, then
  // normally, so Retry can be shown to work: first-1-html, first-1-huge-chunked.
  async first(ctx, document, arg, count) {
    const [, times, inner = ''] = (arg ?? '').match(/^(\d+)-(.*)$/) ?? [];
    if (count > Number(times)) return scenarios.ok(ctx, document);
    const [name, innerArg] = inner.split(/-(.*)/);
    if (!scenarios[name] || name === 'first') return void (ctx.status = 400);
    await scenarios[name](ctx, document, innerArg, count);
  },
  // Like drop, but the connection is lost after the headers (`cut` alone =
  // always). Chromium quietly resends a request whose reused connection closes
  // before any answer, so drop's request counts vary; cut's never do.
  async cut(ctx, document, arg, count) {
    if (count > (Number(arg) || Infinity)) return scenarios.ok(ctx, document);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    ctx.res.write('{"version": 1, "products": [');
    await sleep(50);
    ctx.req.socket.destroy();
  },
  // Declares a body over 1 MB in Content-Length, then stalls: only a client
  // that reads the header refuses it before the stall.
  async bloated(ctx) {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1100000', 'Cache-Control': 'no-store' });
    ctx.res.write('{"version": 1, "products": [');
    await sleep(HANG_LIMIT_MS);
    ctx.req.socket.destroy();
  },
  // Every product document is linkerd's, whichever product was asked for.
  async wrongslug(ctx, document) {
    await scenarios.ok(ctx, document.startsWith('products/') ? 'products/linkerd.json' : document);
  },
  // The first request for each document is a 503 whose Retry-After is a date
  // a minute ago.
  async retrypast(ctx, document, _arg, count) {
    if (count > 1) return scenarios.ok(ctx, document);
    ctx.status = 503;
    ctx.set('Retry-After', new Date(Date.now() - 60_000).toUTCString());
    ctx.body = 'come back later';
  },
  // The published form's search documents (contract/search-schema.ts), made
  // by the command's own code (scripts/build-cli.mjs), over the sample or
  // over a generated catalogue: searchable[-<products>][-<fault>], e.g.
  // searchable, searchable-100000, searchable-450-wrongprefix. Other documents
  // are the sample's (the full form), or 404 on a generated catalogue but
  // index.json. Faults: brokenroot (search.json's products is not a list),
  // wrongprefix (each search/{prefix}.json says it is another prefix's),
  // noindex (index.json answers 404), slow<ms> (search/… documents after a delay).
  async searchable(ctx, document, arg) {
    const [count, fault = ''] = /^\d/.test(arg ?? '') ? arg.split(/-(.*)/) : [undefined, arg ?? ''];
    const catalogue = await publishedCatalogue(count === undefined ? undefined : Number(count));
    if (document === 'index.json' && fault === 'noindex') return void (ctx.status = 404);
    const slow = fault.match(/^slow(\d+)$/);
    if (slow && document.startsWith('search/')) await sleep(Number(slow[1]));
    const search = catalogue.search.get(document);
    if (search !== undefined) {
      const body = JSON.parse(search);
      if (fault === 'brokenroot' && document === 'search.json') body.products = 'every product';
      if (fault === 'wrongprefix' && document !== 'search.json') body.prefix = 'zz';
      return json(ctx, body);
    }
    if (catalogue.index) return document === 'index.json' ? json(ctx, catalogue.index) : void (ctx.status = 404);
    await scenarios.ok(ctx, document);
  },
  // The sample as `sparkpulse build` publishes it (see published() below):
  // summaries/{shard}.json, activity/{slug}/{n}.json, product documents with
  // site and alternatives; the full form's documents as well. Variants:
  // published-long (each product with 100 items, so pages 1 to 3),
  // published-wrongshard (every shard answers as kafka's),
  // published-disorder (activity pages list their items oldest first).
  async published(ctx, document, arg) {
    const body = await published(document, arg ?? '');
    if (body === undefined) ctx.status = 404;
    else json(ctx, body);
  },
  // Answers {"origin"} of a second origin, started once: 127.0.0.1 on another
  // port, so cross-origin to the test pages yet the same site, with the same
  // cookies. It counts its requests and their cookies with this endpoint's
  // (its paths are /ep/… too), and answers 404 without CORS headers, like a
  // logo server that knows nothing of CORS.
  async otherorigin(ctx) {
    scenarios.otherorigin.origin ??= import('node:http').then(
      ({ createServer }) =>
        new Promise((resolve) => {
          const server = createServer((req, res) => {
            const path = new URL(req.url, 'http://127.0.0.1').pathname;
            hits.set(path, (hits.get(path) ?? 0) + 1);
            if (req.headers.cookie) withCookies.add(path);
            res.writeHead(404, { 'Cache-Control': 'no-store' }).end();
          });
          // The test runner may exit while it still listens.
          server.unref();
          server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
        }),
    );
    json(ctx, { origin: await scenarios.otherorigin.origin });
  },
};

/** Made once per size: the catalogue's search documents by path, and its index when generated. */
const catalogues = new Map();

/** Syllables for generated product names, so that words differ as real ones do. */
const SYLLABLES = ['ka', 'fo', 'lu', 'mi', 'ra', 'ne', 'to', 'vi', 'so', 'da', 'pe', 'gri', 'zan', 'bel', 'cor', 'dex', 'hal', 'jin', 'mor', 'qua'];
const SECTORS = ['DevOps', 'Databases', 'Security', 'Data', 'Frontend', 'Networking', 'Storage', 'Observability', 'Messaging', 'Runtime'];

/** A generated catalogue's summary: two made-up words and a number, e.g. "Kafolu Miras 1234". */
function generatedSummary(i) {
  const word = (n) => {
    let text = '';
    for (let k = 0; k < 3; k++, n = Math.floor(n / SYLLABLES.length)) text += SYLLABLES[n % SYLLABLES.length];
    return text;
  };
  const first = word((i * 7_919) % 8_000);
  const second = word((i * 104_729 + 13) % 8_000);
  const name = `${first[0].toUpperCase()}${first.slice(1)} ${second[0].toUpperCase()}${second.slice(1)} ${i + 1}`;
  return { slug: `${first}-${second}-${i + 1}`, name, sector: SECTORS[i % SECTORS.length], velocity: ((i * 37) % 101) / 10, sparks30d: i % 4 };
}

/** The search documents `sparkpulse build` writes for the sample, or for `count` generated products. */
function publishedCatalogue(count) {
  const key = count ?? 'sample';
  if (!catalogues.has(key)) {
    catalogues.set(
      key,
      (async () => {
        const { cliBin } = await import('../../scripts/build-cli.mjs');
        const dist = join(dirname(dirname(await cliBin())), 'dist');
        const { searchNodes, searchDocumentJson } = await import(pathToFileURL(join(dist, 'cli', 'published-form.js')).href);
        const { searchDocument } = await import(pathToFileURL(join(dist, 'contract', 'search-words.js')).href);
        const index = count === undefined ? await sample('index.json') : { version: 1, language: 'en', site: (await sample('index.json')).site, products: Array.from({ length: count }, (_, i) => generatedSummary(i)) };
        const raw = new Map(index.products.map((p) => [p.slug, p]));
        const search = new Map();
        for (const node of searchNodes(index.products)) search.set(searchDocument(node.prefix), JSON.stringify(searchDocumentJson(node, index, (slug) => raw.get(slug))));
        return { search, index: count === undefined ? undefined : index };
      })(),
    );
  }
  return catalogues.get(key);
}

/** FNV-1a 32 of the UTF-8 slug, first 3 hex digits: src/contract/shard.ts, restated for Node. */
function shardOf(slug) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(slug)) hash = Math.imul(hash ^ byte, 0x01000193);
  return ((hash >>> 0) >>> 20).toString(16).padStart(3, '0');
}

const summaryOf = ({ slug, name, sector, velocity, sparks30d }) => ({ slug, name, sector, velocity, sparks30d });
const fastestFirst = (x, y) => y.velocity - x.velocity || (x.slug < y.slug ? -1 : x.slug > y.slug ? 1 : 0);

/** A product's activity in the published variant: the sample's, or (long) 100 items an hour apart. */
function activityOf(product, variant) {
  if (variant !== 'long') return product.activity;
  const first = Date.parse(product.activity[0].date);
  return Array.from({ length: 100 }, (_, i) => ({
    date: new Date(first - i * 3_600_000 - product.slug.length * 60_000).toISOString(),
    title: `${product.name} item ${i}`,
    url: `https://example.com/${product.slug}/${i}`,
    spark: i % 7 === 0,
  }));
}

/** One document of the published sample, as `sparkpulse build` writes it (pages of 20, 40, 80, …). */
async function published(document, variant) {
  const index = await sample('index.json');
  if (document === 'index.json') return index;
  const { site, language } = index;
  const shard = document.match(/^summaries\/([0-9a-f]{3})\.json$/)?.[1];
  if (shard) {
    const wanted = variant === 'wrongshard' ? shardOf('kafka') : shard;
    const products = index.products.filter((p) => shardOf(p.slug) === wanted).map(summaryOf);
    return { version: 1, kind: 'summaries', language, site, shard: wanted, products: products.sort((x, y) => (x.slug < y.slug ? -1 : 1)) };
  }
  const product = document.match(/^products\/([^/]+)\.json$/)?.[1];
  if (product) {
    const body = await sample(document);
    if (body === undefined) return undefined;
    const own = index.products.find((p) => p.slug === product);
    const alternatives = index.products
      .filter((p) => p.sector === own?.sector && p.slug !== product)
      .sort(fastestFirst)
      .slice(0, 21)
      .map(summaryOf);
    return { ...body, activity: activityOf(body, variant), site, alternatives };
  }
  const [, slug, n] = document.match(/^activity\/([^/]+)\/(\d+)\.json$/) ?? [];
  if (!slug) return undefined;
  const body = await sample(`products/${slug}.json`);
  if (body === undefined) return undefined;
  const activity = activityOf(body, variant);
  const start = (k) => 20 * (2 ** (k - 1) - 1);
  let pages = 1;
  while (start(pages + 1) < activity.length) pages++;
  const page = Number(n);
  if (page < 1 || page > pages) return undefined;
  const items = activity.slice(start(page), start(page + 1));
  if (variant === 'disorder') items.reverse();
  return { version: 1, kind: 'activity', language: body.language, slug, name: body.name, page, pages, items };
}

/**
 * The test runner marks every path with an extension as cacheable for a year,
 * after the middleware below has answered. A fake endpoint must be asked
 * anew each time, so its answers keep their own no-store.
 */
function keepUncached(ctx) {
  ctx.set('Cache-Control', 'no-store');
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (field, value) => {
    if (String(field).toLowerCase() !== 'cache-control') set(field, value);
  };
}

export function fakeEndpoint() {
  return async (ctx, next) => {
    const report = ctx.path.match(/^\/ep-(hits|cookies|aborts)\/([^/]+)$/);
    if (report) {
      // A run key with a dot (pub.…) looks like a file name: never cached either.
      keepUncached(ctx);
      const prefix = `/ep/${report[2]}/`;
      if (report[1] === 'cookies') return json(ctx, [...withCookies].filter((path) => path.startsWith(prefix)));
      if (report[1] === 'aborts') return json(ctx, [...aborted].filter((path) => path.startsWith(prefix)));
      return json(ctx, Object.fromEntries([...hits].filter(([path]) => path.startsWith(prefix))));
    }
    const match = ctx.path.match(/^\/ep\/([^/]+)\/(.+)$/);
    if (!match) return next();
    const [, key, document] = match;
    ctx.state.published = key.startsWith('pub.');
    const [name, arg] = key.split('~')[0].replace(/^pub\./, '').split(/-(.*)/);
    const count = (hits.get(ctx.path) ?? 0) + 1;
    hits.set(ctx.path, count);
    if (ctx.get('cookie')) withCookies.add(ctx.path);
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished) aborted.add(ctx.path);
    });
    keepUncached(ctx);
    const scenario = scenarios[name];
    if (!scenario) return void (ctx.status = 400);
    await scenario(ctx, document, arg, count);
  };
}
