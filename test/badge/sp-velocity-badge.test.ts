import { expect, fixture, html } from '@open-wc/testing';
import '../../src/badge/define.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { SpErrorEvent, SpLoadEvent } from '../../src/element/events.js';
import { VELOCITY_BANDS, velocityBand } from '../../src/model/velocity-bands.js';
import { colour, contrast } from '../element/colours.js';
import { endpoint, settled, textOf, withoutIsolates } from '../helpers.js';

async function badge(product: string, ep = endpoint('ok')) {
  const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product=${product} endpoint=${ep}></sp-velocity-badge>`);
  return el;
}

describe('<sp-velocity-badge>', () => {
  describe('loading', () => {
    it('reserves its space and says it is loading while the index is on its way', async () => {
      const el = await badge('kafka', endpoint('slow-1000'));
      const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
      expect(loading).to.exist;
      expect(loading.getBoundingClientRect().width).to.be.greaterThan(0);
      expect(textOf(el.shadowRoot)).to.contain('Loading');
      await expect(el).to.be.accessible();
    });
  });

  describe('loaded', () => {
    it('shows the product name and its velocity with one decimal, linking to the product page', async () => {
      const el = await badge('kafka');
      await settled(el);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="badge"]')!;
      expect(textOf(link.querySelector('[part="name"]'))).to.equal('Apache Kafka');
      expect(textOf(link.querySelector('[part="velocity"]'))).to.equal('velocity 5.0');
      expect(link.href).to.equal('https://sparkpulse.example/products/kafka');
      await expect(el).to.be.accessible();
    });

    it('fires sp-load once it has rendered', async () => {
      const el = document.createElement('sp-velocity-badge');
      el.product = 'linkerd';
      el.endpoint = endpoint('ok');
      const event = settled(el);
      document.body.append(el);
      const fired = await event;
      expect(fired instanceof SpLoadEvent).to.be.true;
      expect((fired as SpLoadEvent).empty).to.be.false;
      expect(textOf(el.shadowRoot)).to.contain('Linkerd');
      el.remove();
    });
  });

  describe('attribute changes', () => {
    it('shows the new product when the product attribute changes', async () => {
      const el = await badge('kafka');
      await settled(el);
      el.setAttribute('product', 'linkerd');
      expect((await settled(el)).type).to.equal('sp-load');
      expect(textOf(el.shadowRoot!.querySelector('[part="name"]'))).to.equal('Linkerd');
    });
  });

  describe('empty', () => {
    it('says an unknown product is not tracked', async () => {
      const el = await badge('no-such-product');
      const event = (await settled(el)) as SpLoadEvent;
      expect(event.empty).to.be.true;
      const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
      expect(textOf(empty.querySelector('[aria-hidden="true"]'))).to.equal('Not tracked');
      // Assistive technology gets the whole sentence, not only a tooltip.
      expect(textOf(empty.querySelector('.visually-hidden'))).to.equal('no-such-product is not tracked by Sparkpulse.');
      expect(withoutIsolates(empty.querySelector('[title]')!.getAttribute('title')!)).to.equal('no-such-product is not tracked by Sparkpulse.');
      await expect(el).to.be.accessible();
    });
  });

  describe('error', () => {
    it('shows a message and a Retry button, and fires sp-error', async () => {
      const el = await badge('kafka', endpoint('status-500'));
      const event = await settled(el);
      expect(event instanceof SpErrorEvent).to.be.true;
      expect((event as SpErrorEvent).error.message).to.contain('HTTP 500');
      const error = el.shadowRoot!.querySelector('[part="error"]')!;
      expect(textOf(error.querySelector('p [aria-hidden="true"]'))).to.equal('Data unavailable');
      expect(textOf(error.querySelector('p .visually-hidden'))).to.equal('Could not load Sparkpulse data: the server answered HTTP 500.');
      expect(textOf(error.querySelector('button'))).to.equal('Retry');
      expect(error.querySelector('[title]')!.getAttribute('title')).to.equal(
        'Could not load Sparkpulse data: the server answered HTTP 500.',
      );
      expect(error.querySelector('button[part="retry"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the error state, without throwing, when the endpoint is not a URL', async () => {
      const el = await badge('kafka', 'http://[');
      const event = (await settled(el)) as SpErrorEvent;
      expect(event.error.message).to.equal('The endpoint "http://[" is not a valid URL');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    });

    it('loads the data when Retry is pressed after a failure', async () => {
      // A missing index is an error that is not retried by itself; the next answer is good.
      const el = await badge('kafka', endpoint('fail-1-404'));
      expect((await settled(el)).type).to.equal('sp-error');
      const loaded = settled(el);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="retry"]')!.click();
      expect((await loaded).type).to.equal('sp-load');
      expect(textOf(el.shadowRoot)).to.contain('velocity 5.0');
    });
  });

  describe('velocity bands', () => {
    /** One product of the sample in each band: Terraform 1.8, Linkerd 2.5, Apache Kafka 5.0, Grafana 7.3, OpenTelemetry 8.1. */
    const SAMPLE: [string, number][] = [
      ['terraform', 1.8],
      ['linkerd', 2.5],
      ['kafka', 5],
      ['grafana', 7.3],
      ['opentelemetry', 8.1],
    ];

    const velocityOf = (el: SpVelocityBadge) => getComputedStyle(el.shadowRoot!.querySelector('[part="velocity"]')!);
    const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

    it('fill the velocity half with the colour of the SVG badge’s band, one product in each band', async () => {
      expect(new Set(SAMPLE.map(([, velocity]) => velocityBand(velocity)))).to.have.lengthOf(VELOCITY_BANDS.length);
      for (const [slug, velocity] of SAMPLE) {
        const el = await badge(slug);
        await settled(el);
        expect(velocityOf(el).backgroundColor, slug).to.equal(rgb(velocityBand(velocity).color));
      }
    });

    for (const theme of ['inherit', 'light', 'dark', 'auto']) {
      it(`colour Apache Kafka’s 5.0 green, with white text at 4.5:1 or more, with theme="${theme}"`, async () => {
        const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge theme=${theme} product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`);
        await settled(el);
        const { backgroundColor, color } = velocityOf(el);
        expect(backgroundColor).to.equal(rgb(velocityBand(5).color));
        expect(velocityBand(5).name).to.equal('green');
        expect(color).to.equal('rgb(255, 255, 255)');
        expect(contrast(colour(color), colour(backgroundColor))).to.be.at.least(4.5);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('dark', () => {
    it('uses dark colours with theme="dark" and stays accessible', async () => {
      const el = await fixture<SpVelocityBadge>(
        html`<sp-velocity-badge theme="dark" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`,
      );
      await settled(el);
      const name = el.shadowRoot!.querySelector('[part="name"]')!;
      expect(getComputedStyle(name).backgroundColor).to.equal('rgb(13, 17, 23)');
      await expect(el).to.be.accessible();
    });
  });
});
