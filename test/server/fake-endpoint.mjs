// A fake data endpoint for the tests, as dev-server middleware.
//
// URLs look like /ep/<scenario>~<run>/<document>, e.g. /ep/ok~42/index.json.
// The part after "~" only makes the URL unique, so each test gets its own
// documents and its own request count (read back from /ep-hits/<scenario>~<run>,
// and the paths that carried cookies from /ep-cookies/<scenario>~<run>).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SAMPLE = join(process.cwd(), 'demo', 'endpoint');
/** A request that is never answered is closed after this, so nothing hangs. */
const HANG_LIMIT_MS = 5_000;

const hits = new Map();
/** Paths that arrived with a Cookie header. */
const withCookies = new Set();

async function sample(document) {
  try {
    return JSON.parse(await readFile(join(SAMPLE, document.replace(/\.\./g, '')), 'utf8'));
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function json(ctx, body) {
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(body);
}

/** Each scenario answers one document request. */
const scenarios = {
  async ok(ctx, document) {
    const body = await sample(document);
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
    const body = await sample(document);
    if (body === undefined) return void (ctx.status = 404);
    if (body.products) body.products[2].velocity = 'fast';
    if (body.activity) body.activity[0].date = 'yesterday';
    json(ctx, body);
  },
  // The sample data with fields the contract does not know about.
  async extended(ctx, document) {
    const body = await sample(document);
    if (body === undefined) return void (ctx.status = 404);
    body.futureField = { nested: true };
    for (const p of body.products ?? []) p.futureRank = 1;
    json(ctx, body);
  },
};

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
    const report = ctx.path.match(/^\/ep-(hits|cookies)\/([^/]+)$/);
    if (report) {
      const prefix = `/ep/${report[2]}/`;
      if (report[1] === 'cookies') return json(ctx, [...withCookies].filter((path) => path.startsWith(prefix)));
      return json(ctx, Object.fromEntries([...hits].filter(([path]) => path.startsWith(prefix))));
    }
    const match = ctx.path.match(/^\/ep\/([^/]+)\/(.+)$/);
    if (!match) return next();
    const [, key, document] = match;
    const [name, arg] = key.split('~')[0].split(/-(.*)/);
    const count = (hits.get(ctx.path) ?? 0) + 1;
    hits.set(ctx.path, count);
    if (ctx.get('cookie')) withCookies.add(ctx.path);
    keepUncached(ctx);
    const scenario = scenarios[name];
    if (!scenario) return void (ctx.status = 400);
    await scenario(ctx, document, arg, count);
  };
}
