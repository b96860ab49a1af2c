// A test-runner command that sends one raw request to the demo server
// (scripts/demo-server.mjs), so browser tests can check what it answers to
// requests a browser would never send: unnormalised paths, foreign Host headers.
import { request } from 'node:http';
import { startDemoServer } from '../../scripts/demo-server.mjs';

/** Below the test runner's 20 s limit for a command, so a hang fails with its own message. */
const TIMEOUT_MS = 4_000;
const BODY_CHARS = 200;

function send(port, { path, host = '127.0.0.1:{port}', method = 'GET' }) {
  // `setHost: false` and an explicit Host keep Node from normalising either;
  // `host: null` sends no Host header at all.
  const headers = host === null ? {} : { Host: host.replaceAll('{port}', String(port)) };
  return new Promise((resolveResponse, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers, setHost: false, agent: false, signal: AbortSignal.timeout(TIMEOUT_MS) },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          body += chunk;
        });
        res.on('error', reject);
        res.on('end', () =>
          resolveResponse({
            status: res.statusCode,
            location: res.headers.location ?? null,
            contentType: res.headers['content-type'] ?? null,
            body: body.slice(0, BODY_CHARS),
            port,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/**
 * `executeServerCommand('demo-server-request', { path, host?, method? })`
 * → `{ status, location, contentType, body, port }`, where `body` is the first
 * 200 characters. `host` defaults to `127.0.0.1:{port}`; `{port}` in it becomes
 * the demo server's port, and `null` leaves the header out. With `endpoint`
 * (a folder), the request goes to a demo server that serves that folder at
 * /demo/endpoint/, as npm start serves the published sample.
 */
export function demoServerProbePlugin() {
  let started;
  const withEndpoint = new Map();
  return {
    name: 'sparkpulse-demo-server',
    async executeCommand({ command, payload }) {
      if (command !== 'demo-server-request') return undefined;
      // One server for every test file, started by whichever asks first.
      started ??= startDemoServer({ port: 0, host: '127.0.0.1' });
      const { endpoint, ...request } = payload;
      if (endpoint && !withEndpoint.has(endpoint)) withEndpoint.set(endpoint, startDemoServer({ port: 0, host: '127.0.0.1', endpoint }));
      const { port } = await (endpoint ? withEndpoint.get(endpoint) : started);
      return send(port, request);
    },
    async serverStop() {
      await started?.then(({ close }) => close(), () => {});
      for (const server of withEndpoint.values()) await server.then(({ close }) => close(), () => {});
    },
  };
}
