import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { cli, endpoint, STACK_TRACE, type Run } from './commands.js';

// `sparkpulse render` on endpoints that fail, run in Node by
// test/server/cli-runner.mjs: each failure is told as `validate` tells it,
// with the real URL or path, and the documented exit code. What it prints
// when it works is test/ssr/render.test.ts's subject.

const unreachable = () => executeServerCommand<{ url: string }, Record<string, never>>('cli-unreachable', {});

const CAP = 'over the 1,048,576-byte cap: the widgets refuse it';

/** The one line a failed render prints, and its exit code. */
function expectFailure(run: Run, line: string, code = 1): void {
  expect(run.stderr).to.equal(`sparkpulse render: ${line}\n`);
  expect(run.stdout).to.equal('');
  expect(run.code).to.equal(code);
}

const badge = (where: string, ...options: string[]) => cli('render', 'sp-velocity-badge', 'product=kafka', '--endpoint', where, ...options);

describe('sparkpulse render', function () {
  // A first run builds the command; each run is bounded at 15 s by the plugin.
  this.timeout(20_000);

  describe('endpoints that cannot be read', () => {
    it('names a server that refuses the connection, and exits 1', async () => {
      const { url } = await unreachable();
      expectFailure(await badge(url), `${url}summaries/0d3.json could not be reached (ECONNREFUSED)`);
    });

    it('names a server that does not answer within --timeout', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'hang' } });
      expectFailure(await badge(url, '--timeout', '1'), `${url}index.json did not answer within 1 s`);
    });

    it('names a server that sends its body too slowly to finish within --timeout', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'slow' } });
      expectFailure(await badge(url, '--timeout', '1'), `${url}index.json did not answer within 1 s`);
    });

    it('names a body that declares more than the cap, with its size', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'huge' } });
      expectFailure(await badge(url), `${url}index.json is 5,368,709,120 bytes, ${CAP}`);
    });

    it('names a body that grows past the cap without declaring its size', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'endless' } });
      expectFailure(await badge(url), `${url}index.json is ${CAP}`);
    });

    it('names a gzip body that inflates past the cap', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'gzip-bomb' } });
      expectFailure(await badge(url), `${url}index.json is ${CAP}`);
    });

    it('names a redirect loop', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'redirect-loop' } });
      expectFailure(await badge(url), `${url}index.json could not be reached (redirect count exceeded)`);
    });

    it('says that an HTML page came instead of JSON', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 'html' } });
      expectFailure(await badge(url), `${url}index.json is HTML, not JSON`);
    });

    it('names the HTTP status a server answers for a product document', async () => {
      const { url } = await endpoint({ answers: { 'products/linkerd.json': 502 } });
      const run = await cli('render', 'sp-compare', 'a=kafka', 'b=linkerd', '--endpoint', url);
      expectFailure(run, `${url}products/linkerd.json answered HTTP 502 Bad Gateway`);
    });

    it('names a missing index.json', async () => {
      const { url } = await endpoint({ answers: { 'index.json': 404 } });
      expectFailure(await badge(url), `${url}index.json does not exist (HTTP 404)`);
    });

    it('names a folder that does not exist', async () => {
      expectFailure(await badge('demo/no-such-endpoint'), 'there is no folder at demo/no-such-endpoint');
    });

    it('names a document of a folder that is not JSON, by its path', async () => {
      const { dir } = await endpoint({ files: { 'index.json': '' } });
      expectFailure(await badge(dir), `${dir}/index.json is empty, not JSON`);
    });

    it('names a document that does not match the contract, and where', async () => {
      const { dir } = await endpoint({ files: { 'index.json': JSON.stringify({ version: 1, products: 'none' }) } });
      const run = await badge(dir);
      expect(run.code).to.equal(1);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.match(new RegExp(`^sparkpulse render: ${dir}/index\\.json does not match the contract at \\S+: .+; the widgets refuse the whole document\\n$`, 'm'));
    });

    it('never says "unexpected error", never names its internal scheme, and prints no stack trace', async () => {
      const { url: refused } = await unreachable();
      const { url: failing } = await endpoint({ answers: { 'index.json': 503 } });
      const runs = [await badge(refused), await badge(failing), await cli('render', 'sp-velocity-badge', 'onclick=x', '--endpoint', 'demo/endpoint')];
      for (const run of runs) {
        expect(run.code).to.be.oneOf([1, 2]);
        expect(run.stderr).not.to.include('unexpected error').and.not.to.include('sparkpulse-endpoint');
        expect(`${run.stdout}\n${run.stderr}`).not.to.match(STACK_TRACE);
      }
    });
  });

  describe('products that are not tracked', () => {
    it('prints the empty state and warns on stderr that the product is not tracked, exiting 0', async () => {
      const run = await cli('render', 'sp-velocity-badge', 'product=nope', '--endpoint', 'demo/endpoint');
      expect(run.code).to.equal(0);
      expect(run.stdout).to.match(/^<sp-velocity-badge product="nope" /);
      expect(run.stderr).to.equal('sparkpulse render: warning: "nope" is not tracked at demo/endpoint; the HTML shows the widget\'s empty state\n');
    });

    it('names each product of a comparison that is not tracked', async () => {
      const run = await cli('render', 'sp-compare', 'a=kafka', 'b=nope', '--endpoint', 'demo/endpoint');
      expect(run.code).to.equal(0);
      expect(run.stderr).to.equal('sparkpulse render: warning: "nope" is not tracked at demo/endpoint; the HTML shows the widget\'s empty state\n');
    });

    it('says why a comparison of one product shows its empty state', async () => {
      const warning = async (...pairs: string[]) => {
        const run = await cli('render', 'sp-compare', ...pairs, '--endpoint', 'demo/endpoint');
        expect(run.code).to.equal(0);
        // The widget's own console warning comes first, as in a browser.
        return run.stderr.split('\n').filter((line) => line.startsWith('sparkpulse'));
      };
      expect(await warning('a=kafka')).to.deep.equal([
        "sparkpulse render: warning: b is missing: a comparison takes two products, a and b; the HTML shows the widget's empty state",
      ]);
      expect(await warning('a=kafka', 'b=kafka')).to.deep.equal([
        'sparkpulse render: warning: a and b name the same product, "kafka"; the HTML shows the widget\'s empty state',
      ]);
    });
  });

  describe('used wrongly', () => {
    const render = (...args: string[]) => cli('render', ...args, '--endpoint', 'demo/endpoint');

    it('refuses an attribute the element does not have, naming it and the ones it has, and exits 2', async () => {
      const run = await render('sp-velocity-badge', 'product=kafka', 'href=x');
      expect(run.code).to.equal(2);
      expect(run.stdout).to.equal('');
      expect(run.stderr).to.match(
        /^sparkpulse render: "href" is not an attribute of sp-velocity-badge; it takes product, endpoint, theme, loading, lang, dir, id, class, style\n/,
      );
    });

    it('refuses an event handler attribute', async () => {
      const run = await render('sp-velocity-badge', 'product=kafka', 'onmouseover=alert(1)');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse render: "onmouseover" is an event handler attribute/);
    });

    it('refuses a name that is not an attribute name', async () => {
      const run = await render('sp-velocity-badge', 'product=kafka', 'x><img src=x onerror=alert(1)');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse render: "x><img src" is not an attribute of sp-velocity-badge/);
    });

    it('refuses an attribute given twice', async () => {
      const run = await render('sp-velocity-badge', 'product=kafka', 'product=linkerd');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse render: "product" is given twice\n/);
    });

    it('refuses an element it does not render', async () => {
      const run = await render('sp-nope');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(/^sparkpulse render: "sp-nope" is not one of sp-compare, sp-timeline, sp-velocity-badge\n/);
    });
  });
});
