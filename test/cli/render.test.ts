import { expect } from '@open-wc/testing';
import { cli } from './commands.js';

// `sparkpulse render` used wrongly, run in Node by test/server/cli-runner.mjs.
// What it prints when it works is test/ssr/render.test.ts's subject.

describe('sparkpulse render', function () {
  // A first run builds the command; each run is bounded at 15 s by the plugin.
  this.timeout(20_000);

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
