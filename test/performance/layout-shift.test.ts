import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The demo pages as a reader meets them: the built loader (`npm test` builds
// it first), the sample endpoint, a 1280×800 window, measured from
// navigation until every widget has fired sp-load (test/server/page-metrics.mjs).
interface PageMetrics {
  cls: number;
  errors: string[];
  widgets: number;
}

const measure = (path: string) => executeServerCommand<PageMetrics, { path: string }>('measure-page', { path });

describe('layout shift on the demo pages', function () {
  this.timeout(30_000);

  for (const [path, widgets] of [
    ['/demo/blog.html', 2],
    ['/demo/docs.html', 11],
  ] as const) {
    it(`stays at or below 0.01 on ${path} until every widget has loaded`, async () => {
      const metrics = (await measure(path))!;
      expect(metrics.errors).to.deep.equal([]);
      expect(metrics.widgets).to.equal(widgets);
      expect(metrics.cls).to.be.at.most(0.01);
    });
  }
});
