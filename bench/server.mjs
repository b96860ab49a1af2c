// The bench's own static server: the repository root on 127.0.0.1, plus
// documents generated in memory (the large synthetic endpoint, the unseen
// data of test/fixtures/generated.mjs). Not
// scripts/serve.mjs, which starts listening as soon as it is imported.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute } from 'node:path';
import { contentType } from '../scripts/content-types.mjs';


/** A generated page rather than a document: served as HTML, as written. */
export class GeneratedPage {
  constructor(html) {
    this.html = html;
  }
}

/**
 * Serves `root`, and `generated` (a Map of URL path → JSON-able value, or a
 * GeneratedPage) from memory, each generated document after `latency(path)` milliseconds, as a
 * distant endpoint would answer. Nothing is cached, so every page load shows
 * its real requests. Resolves to `{ origin, close }` once listening on an
 * ephemeral port.
 */
export async function startServer(root, generated = new Map(), { latency = () => 0 } = {}) {
  const server = createServer((req, res) => {
    respond(root, generated, latency, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(`500 ${error.message}\n`);
    });
  });
  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function respond(root, generated, latency, req, res) {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const headers = { 'Cache-Control': 'no-store' };
  // Cross-origin isolation gives the bench page's performance.now() 5 µs resolution instead of 100 µs.
  if (path.startsWith('/bench/')) {
    headers['Cross-Origin-Opener-Policy'] = 'same-origin';
    headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
  }

  if (generated.has(path)) {
    const delay = latency(path);
    if (delay > 0) await new Promise((resolveDelay) => setTimeout(resolveDelay, delay));
    const value = generated.get(path);
    const page = value instanceof GeneratedPage;
    const body = page ? value.html : JSON.stringify(value);
    res.writeHead(200, { ...headers, 'Content-Type': contentType(page ? '.html' : '.json'), 'Content-Length': Buffer.byteLength(body) });
    return res.end(body);
  }

  let file = resolve(join(root, path));
  const inside = relative(root, file);
  if (inside.startsWith('..') || isAbsolute(inside)) return notFound(res);
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  const body = await readFile(file).catch(() => undefined);
  if (!body) return notFound(res);
  res.writeHead(200, {
    ...headers,
    'Content-Type': contentType(extname(file)),
    'Content-Length': body.length,
  });
  res.end(body);
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end('404 Not Found\n');
}
