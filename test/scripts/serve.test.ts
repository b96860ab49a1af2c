import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
// @ts-expect-error: a plain ES module of the demo server, without types.
import { daysSincePageDate, shiftDates } from '../../scripts/sample-dates.mjs';
import { endpoint } from '../cli/commands.js';

/** What test/server/demo-server-probe.mjs reports about one raw request. */
interface DemoResponse {
  status: number;
  location: string | null;
  contentType: string | null;
  body: string;
  port: number;
}

/** `host` may hold `{port}` for the demo server's port; `null` sends no Host header. */
const get = (path: string, host?: string | null) =>
  executeServerCommand<DemoResponse, { path: string; host?: string | null }>('demo-server-request', host === undefined ? { path } : { path, host });
/** `path` from a demo server that serves the folder `endpoint` at /demo/endpoint/. */
const getFrom = (path: string, endpoint: string) => executeServerCommand<DemoResponse, { path: string; endpoint: string }>('demo-server-request', { path, endpoint });

describe('the demo server', () => {
  describe('redirecting', () => {
    it('redirects //demo to /demo/ on the same origin, not to a host named demo', async () => {
      const res = await get('//demo');
      expect(res.status).to.equal(301);
      expect(res.location).to.equal('/demo/');
    });

    it('collapses doubled slashes anywhere in a redirected path', async () => {
      const res = await get('//demo//endpoint');
      expect(res.status).to.equal(301);
      expect(res.location).to.equal('/demo/endpoint/');
    });

    it('redirects /demo to /demo/', async () => {
      const res = await get('/demo');
      expect(res.status).to.equal(301);
      expect(res.location).to.equal('/demo/');
    });
  });

  describe('serving', () => {
    it('serves the demo pages', async () => {
      const res = await get('/demo/blog.html');
      expect(res.status).to.equal(200);
      expect(res.contentType).to.equal('text/html; charset=utf-8');
      expect(res.body).to.match(/^<!doctype html>/i);
    });

    it('serves the script-tag bundle from dist/', async () => {
      const res = await get('/dist/sparkpulse.js');
      expect(res.status).to.equal(200);
      expect(res.contentType).to.equal('text/javascript; charset=utf-8');
    });

    it('serves the sample endpoint with its page date moved to today', async () => {
      const res = await get('/demo/endpoint/index.json');
      const today = shiftDates('2026-06-15T00:00:00Z', daysSincePageDate());
      expect(res.status).to.equal(200);
      expect(res.body).to.include(`"generatedAt":"${today}"`);
    });
  });

  describe('serving a published endpoint', () => {
    it('serves the folder it is given at /demo/endpoint/, with its dates moved, and the demo pages as before', async () => {
      const summaries = { version: 1, kind: 'summaries', language: 'en', shard: '0d3', generatedAt: '2026-06-15T00:00:00Z', products: [] };
      const { dir } = (await endpoint({ files: { 'summaries/0d3.json': JSON.stringify(summaries) } }))!;
      const shard = await getFrom('/demo/endpoint/summaries/0d3.json', dir);
      expect(shard.status).to.equal(200);
      expect(shard.body).to.include('"kind":"summaries"');
      expect(shard.body).to.include(`"generatedAt":"${shiftDates('2026-06-15T00:00:00Z', daysSincePageDate())}"`);
      expect((await getFrom('/demo/endpoint/index.json', dir)).status).to.equal(200);
      expect((await getFrom('/demo/blog.html', dir)).status).to.equal(200);
      // Not the repository's demo/endpoint/, which has no shards.
      expect((await get('/demo/endpoint/summaries/0d3.json')).status).to.equal(404);
    });

    it('keeps a link inside the published folder from leading out of it', async () => {
      const { dir } = (await endpoint({ files: { 'summaries/0d3.json': '{}' } }))!;
      const { dir: other } = (await endpoint({ files: { 'summaries/0d3.json': '{}' } }))!;
      await executeServerCommand('cli-link', { path: `${dir}/secret.json`, target: `${other}/index.json` });
      expect((await getFrom('/demo/endpoint/secret.json', dir)).status).to.equal(404);
    });
  });

  describe('refusing', () => {
    for (const path of ['/dist/sparkpulse.js/', '/demo/blog.html/', '/demo/endpoint/index.json/']) {
      it(`answers ${path}, a file named as a folder, exactly as a file that does not exist`, async () => {
        const [res, missing] = await Promise.all([get(path), get('/no-such-file.txt')]);
        expect(res.status).to.equal(404);
        expect(res).to.deep.equal(missing);
      });
    }

    for (const path of ['/.git/config', '/node_modules/lit/package.json', '/package.json', '/src/index.ts', '/scripts/serve.mjs']) {
      it(`answers ${path} exactly as it answers a file that does not exist`, async () => {
        const [res, missing] = await Promise.all([get(path), get('/no-such-file.txt')]);
        expect(res.status).to.equal(404);
        expect(res).to.deep.equal(missing);
      });
    }

    for (const path of ['/demo/../package.json', '/demo/%2e%2e/package.json']) {
      it(`refuses the traversal ${path}`, async () => {
        const res = await get(path);
        expect(res.status).to.equal(403);
        expect(res.body).not.to.include('"name"');
      });
    }
  });

  describe('checking the Host header', () => {
    for (const host of ['evil.example', '127.0.0.1.evil.example:{port}', 'localhost:1']) {
      it(`answers 421 to the foreign host ${host}`, async () => {
        const res = await get('/demo/blog.html', host);
        expect(res.status).to.equal(421);
      });
    }

    it('answers 421 to a request without a Host header', async () => {
      const res = await get('/demo/blog.html', null);
      expect(res.status).to.equal(421);
    });

    for (const host of ['127.0.0.1:{port}', 'localhost:{port}']) {
      it(`accepts ${host} on its own port`, async () => {
        const res = await get('/demo/blog.html', host);
        expect(res.status).to.equal(200);
      });
    }
  });
});
