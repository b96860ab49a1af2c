// The demo server as a module: importing it starts nothing, so tests can run
// their own instance on a spare port. `node scripts/serve.mjs` is the command
// line around it.
//
// Only `demo/` and `dist/` are public. Everything else in the repository
// (.git, node_modules, package.json, sources) answers 404, exactly like a file
// that does not exist. Requests must name this server in their Host header, so
// a page on another site cannot reach it through DNS rebinding.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from './content-types.mjs';
import { daysSincePageDate, shiftDates as shiftSampleDates } from './sample-dates.mjs';

/** The repository this file belongs to. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** The first path segments that are served; each maps to the folder of the same name. */
export const PUBLIC_FOLDERS = ['demo', 'dist'];

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** True when `path` is `parent` itself or lies inside it. */
function inside(parent, path) {
  const rel = relative(parent, path);
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

function redirect(res, status, location) {
  res.writeHead(status, { Location: location, 'Content-Length': 0 });
  res.end();
}

/**
 * True when the Host header names this server on the port it listens on.
 * Browsers send the name they resolved, so a rebound foreign name fails here
 * even though the connection reached 127.0.0.1.
 */
function hostAllowed(hostHeader, port) {
  if (typeof hostHeader !== 'string' || port === undefined) return false;
  const host = hostHeader.toLowerCase();
  return LOOPBACK_NAMES.some((name) => host === `${name}:${port}` || (port === 80 && host === name));
}

/**
 * The request path as non-empty, decoded segments, or an HTTP status to refuse it with.
 * The raw path is read by hand: URL parsing would quietly collapse `/../`, and
 * a traversal attempt should be refused rather than answered with another file.
 */
function parsePath(rawPath) {
  if (!rawPath.startsWith('/')) return 400;
  let pathname;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return 400;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return 400;
  const segments = pathname.split('/');
  if (segments.includes('..')) return 403;
  // Empty segments are dropped, so `//demo` means `/demo` and can never turn
  // into a protocol-relative Location.
  return { parts: segments.filter((segment) => segment !== ''), trailingSlash: pathname.endsWith('/') };
}

/** A same-origin absolute path: one leading slash, then encoded segments that cannot hold a slash. */
const locationFor = (parts, query) => `/${parts.map(encodeURIComponent).join('/')}/${query}`;

/**
 * A request handler for `root`'s `demo/` and `dist/` folders.
 * `shiftDates` moves the sample endpoint's dates so that its page date is today.
 * `endpoint`, when given, is the folder served at `/demo/endpoint/` instead of
 * `demo/endpoint/`: the sample as `sparkpulse build` publishes it.
 * `port()` says which port the server listens on, for the Host check.
 */
function demoHandler({ root, shiftDates, port, endpoint }) {
  return async function handle(req, res) {
    if (!hostAllowed(req.headers.host, port())) return send(res, 421, 'Misdirected Request');

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }

    const url = req.url ?? '/';
    const rawPath = url.split(/[?#]/, 1)[0];
    const query = url.slice(rawPath.length);
    const parsed = parsePath(rawPath);
    if (parsed === 400) return send(res, 400, 'Bad Request');
    if (parsed === 403) return send(res, 403, 'Forbidden');
    const { parts, trailingSlash } = parsed;

    if (parts.length === 0) return redirect(res, 302, '/demo/');
    if (parts.length === 1 && parts[0] === 'favicon.ico') {
      // Browsers ask for it on every page; answer quietly instead of logging a 404.
      res.writeHead(204, { 'Cache-Control': 'max-age=3600' });
      return res.end();
    }
    // Dot-files and `.` segments are never public, wherever they sit.
    if (!PUBLIC_FOLDERS.includes(parts[0]) || parts.some((part) => part.startsWith('.'))) {
      return send(res, 404, 'Not Found');
    }

    // The published sample stands in for demo/endpoint/, as a folder of its own.
    const published = endpoint !== undefined && parts[0] === 'demo' && parts[1] === 'endpoint';
    const folder = published ? endpoint : join(root, parts[0]);
    let file = join(folder, ...parts.slice(published ? 2 : 1));
    let info = await stat(file).catch(() => undefined);
    if (!info) return send(res, 404, 'Not Found');

    if (info.isDirectory()) {
      // `/demo` → `/demo/`, so relative URLs in index.html resolve correctly.
      if (!trailingSlash) return redirect(res, 301, locationFor(parts, query));
      file = join(file, 'index.html');
      info = await stat(file).catch(() => undefined);
      if (!info) return send(res, 404, 'Not Found'); // never list a directory
    } else if (trailingSlash) {
      // A file named as a folder (`/dist/sparkpulse.js/`) does not exist, as on any static host.
      return send(res, 404, 'Not Found');
    }
    if (!info.isFile()) return send(res, 404, 'Not Found');

    // A symlink must not lead out of its public folder; to the client it is simply missing.
    const [realFile, realFolder] = await Promise.all([realpath(file), realpath(folder)]).catch(() => []);
    if (!realFile || !inside(realFolder, realFile)) return send(res, 404, 'Not Found');

    const ext = extname(file).toLowerCase();
    const headers = {
      'Content-Type': contentType(ext),
      'Content-Length': info.size,
      'X-Content-Type-Options': 'nosniff',
    };
    // Edited sample data should show up on reload.
    if (ext === '.json') headers['Cache-Control'] = 'no-cache';

    const sample = published || (parts[0] === 'demo' && inside(join(realFolder, 'endpoint'), realFile));
    if (shiftDates && sample && ext === '.json') {
      let document;
      try {
        document = JSON.parse(await readFile(realFile, 'utf8'));
      } catch {
        document = undefined; // a deliberately broken sample is served as written
      }
      if (document !== undefined) {
        const body = JSON.stringify(shiftSampleDates(document, daysSincePageDate()));
        res.writeHead(200, { ...headers, 'Content-Length': Buffer.byteLength(body) });
        return res.end(req.method === 'HEAD' ? undefined : body);
      }
    }

    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    const stream = createReadStream(realFile);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };
}

/**
 * An HTTP server for the demo pages, not yet listening.
 * @param {{ root?: string, shiftDates?: boolean, endpoint?: string }} [options]
 *   `root` is the repository to serve `demo/` and `dist/` from;
 *   `shiftDates: false` serves the sample endpoint exactly as written;
 *   `endpoint` is a folder to serve at `/demo/endpoint/` instead of `demo/endpoint/`.
 */
export function createDemoServer({ root = REPO_ROOT, shiftDates = true, endpoint } = {}) {
  // Node would answer a missing Host with its own 400; the handler's 421 says why.
  const server = createServer({ requireHostHeader: false });
  const handle = demoHandler({ root: resolve(root), shiftDates, port: () => server.address()?.port, endpoint: endpoint && resolve(endpoint) });
  server.on('request', (req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
      else res.destroy();
    });
  });
  return server;
}

function listenOnce(server, port, host) {
  return new Promise((resolveListen, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolveListen();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts a demo server. When `port` is busy it tries the next one, up to
 * `attempts` ports in all, calling `onPortBusy(port)` before each retry.
 * Resolves to `{ server, port, url, close }`; `close()` also ends open
 * keep-alive connections, so it never waits for a browser tab.
 * @param {{ port?: number, host?: string, attempts?: number, onPortBusy?: (port: number) => void, root?: string, shiftDates?: boolean, endpoint?: string }} [options]
 */
export async function startDemoServer({ port = 0, host = '127.0.0.1', attempts = 1, onPortBusy, ...options } = {}) {
  const server = createDemoServer(options);
  for (let candidate = port, left = attempts; ; candidate += 1, left -= 1) {
    try {
      await listenOnce(server, candidate, host);
      break;
    } catch (error) {
      const canRetry = error.code === 'EADDRINUSE' && left > 1 && candidate !== 0 && candidate < 65535;
      if (!canRetry) throw error;
      onPortBusy?.(candidate);
    }
  }
  const actualPort = server.address().port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    port: actualPort,
    url: `http://${urlHost}:${actualPort}`,
    close: () =>
      new Promise((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
