import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SpVelocityBadge } from '../src/badge/sp-velocity-badge.js';
import { endpoint, hits, settled } from './helpers.js';

describe('one shared client', () => {
  // The exact count for any number of badges is in test/performance/requests.test.ts.
  it('lets a widget added later reuse what the page already loaded', async () => {
    const ep = endpoint('ok');
    const first = await fixture<HTMLElement>(html`<sp-velocity-badge product="kafka" endpoint=${ep}></sp-velocity-badge>`);
    await settled(first);
    const before = await hits(ep);
    const later = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="linkerd" endpoint=${ep}></sp-velocity-badge>`);
    await settled(later);
    expect(await hits(ep)).to.deep.equal(before);
  });
});

describe('widgets leaving the page', () => {
  it('stop waiting on their request and fire nothing once removed', async () => {
    const ep = endpoint('slow-300');
    const el = document.createElement('sp-velocity-badge');
    el.product = 'kafka';
    el.endpoint = ep;
    const events: string[] = [];
    el.addEventListener('sp-load', () => events.push('sp-load'));
    el.addEventListener('sp-error', () => events.push('sp-error'));
    document.body.append(el);
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(events).to.deep.equal([]);
  });

  it('load without a second request when moved within the page', async () => {
    const ep = endpoint('slow-300');
    const el = document.createElement('sp-velocity-badge');
    el.product = 'kafka';
    el.endpoint = ep;
    const first = document.createElement('div');
    const second = document.createElement('div');
    document.body.append(first, second);
    first.append(el);
    await el.updateComplete;
    const done = settled(el);
    second.append(el);
    expect((await done).type).to.equal('sp-load');
    // Its shard (404: the full form) and index.json, each once.
    expect(Object.values(await hits(ep))).to.deep.equal([1, 1]);
    first.remove();
    second.remove();
  });
});
