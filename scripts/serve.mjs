#!/usr/bin/env node
// A tiny, dependency-free static file server for the demo pages.
//
//   node scripts/serve.mjs          # http://127.0.0.1:8080/demo/
//   PORT=9000 node scripts/serve.mjs
//
// It serves the repository root on 127.0.0.1 only, never lists directories,
// refuses paths that leave the root, and sends the sample endpoint's JSON with
// `Cache-Control: no-cache` so edited sample data shows up on reload.
//
// The sample endpoint's dates are moved so that its page date is today (see
// sample-dates.mjs); SAMPLE_DATES=fixed serves the files exactly as written.

import { createServer } from 'node:http';
import { createReadStream, realpathSync } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from './content-types.mjs';
import { daysSincePageDate, shiftDates } from './sample-dates.mjs';

const HOST = '127.0.0.1';
const ROOT = realpathSync(resolve(fileURLToPath(new URL('..', import.meta.url))));
const FIRST_PORT = parsePort(process.env.PORT) ?? 8080;
const PORT_ATTEMPTS = 10;
const SAMPLE_ENDPOINT = join(ROOT, 'demo', 'endpoint');
const SHIFT_SAMPLE_DATES = process.env.SAMPLE_DATES !== 'fixed';

const PAGES = [
  ['/demo/', 'landing page'],
  ['/demo/blog.html', 'blog post with <sp-compare> and <sp-timeline>'],
  ['/demo/docs.html', 'docs page with <sp-velocity-badge>'],
];


function parsePort(value) {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer between 0 and 65535, not "${value}"`);
    process.exit(1);
  }
  return port;
}

/** True when `path` is `ROOT` itself or lies inside it. */
function insideRoot(path) {
  const rel = relative(ROOT, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function send(res, status, message, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(`${status} ${message}\n`);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
  }

  // Keep the raw path: URL parsing would quietly collapse `/../`, and we want
  // to refuse traversal attempts outright rather than serve something else.
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0];
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'Bad Request');
  }
  if (!pathname.startsWith('/') || pathname.includes('\0') || pathname.includes('\\')) {
    return send(res, 400, 'Bad Request');
  }
  if (pathname.split('/').some((segment) => segment === '..')) {
    return send(res, 403, 'Forbidden');
  }

  if (pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }

  let file = resolve(join(ROOT, pathname));
  if (!insideRoot(file)) return send(res, 403, 'Forbidden');

  let info;
  try {
    info = await stat(file);
  } catch {
    if (pathname === '/favicon.ico') {
      // Browsers ask for it on every page; answer quietly instead of logging a 404.
      res.writeHead(204, { 'Cache-Control': 'max-age=3600' });
      return res.end();
    }
    return send(res, 404, 'Not Found');
  }

  if (info.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // `/demo` → `/demo/`, so relative URLs in index.html resolve correctly.
      const query = (req.url ?? '').slice(rawPath.length);
      res.writeHead(301, { Location: `${rawPath}/${query}` });
      return res.end();
    }
    file = join(file, 'index.html');
    try {
      info = await stat(file);
    } catch {
      return send(res, 404, 'Not Found'); // never list a directory
    }
  }
  if (!info.isFile()) return send(res, 404, 'Not Found');

  // Symlinks must not lead out of the root either.
  try {
    if (!insideRoot(await realpath(file))) return send(res, 403, 'Forbidden');
  } catch {
    return send(res, 404, 'Not Found');
  }

  const ext = extname(file).toLowerCase();
  const headers = {
    'Content-Type': contentType(ext),
    'Content-Length': info.size,
    'X-Content-Type-Options': 'nosniff',
  };
  if (ext === '.json') headers['Cache-Control'] = 'no-cache';

  if (SHIFT_SAMPLE_DATES && ext === '.json' && file.startsWith(SAMPLE_ENDPOINT)) {
    const body = JSON.stringify(shiftDates(JSON.parse(await readFile(file, 'utf8')), daysSincePageDate()));
    res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(body) });
    return res.end(req.method === 'HEAD' ? undefined : body);
  }

  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

const server = createServer((req, res) => {
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) send(res, 500, 'Internal Server Error');
    else res.destroy();
  });
});

function listen(port, attemptsLeft) {
  const onListening = () => {
    server.off('error', onError);
    const base = `http://${HOST}:${server.address().port}`;
    console.log(`Sparkpulse demo: ${base}/demo/`);
    for (const [path, what] of PAGES) console.log(`  ${base}${path}  (${what})`);
    console.log('The endpoint data under /demo/endpoint/ is SAMPLE data. Press Ctrl+C to stop.');
    if (SHIFT_SAMPLE_DATES) {
      console.log(`Its dates are moved ${daysSincePageDate()} days forward, so 2026-06-15 reads as today (SAMPLE_DATES=fixed to keep them).`);
    }
  };
  const onError = (error) => {
    server.off('listening', onListening);
    if (error.code === 'EADDRINUSE' && attemptsLeft > 1 && port !== 0 && port < 65535) {
      console.error(`Port ${port} is busy, trying ${port + 1}…`);
      listen(port + 1, attemptsLeft - 1);
    } else {
      console.error(`Could not start the demo server on ${HOST}:${port}: ${error.message}`);
      process.exit(1);
    }
  };
  server.once('error', onError);
  server.once('listening', onListening);
  server.listen(port, HOST);
}

function shutdown(signal) {
  console.log(`\nReceived ${signal}, stopping the demo server.`);
  server.close(() => process.exit(0));
  server.closeAllConnections?.();
  setTimeout(() => process.exit(0), 1000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));

listen(FIRST_PORT, PORT_ATTEMPTS);
