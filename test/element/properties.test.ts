/**
 * Properties as React 19 and Vue 3 set them: after the element is defined,
 * a framework assigns `el.products = "kafka,linkerd"`, not an attribute. Every
 * property accepts what its attribute accepts; a value of the wrong kind is
 * one warning and a sensible state, never an exception on the host window.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { SpCompare, SpTimeline, SpVelocityBadge } from '../../src/classes.js';
import { captureWarnings, endpoint, settled, textOf } from '../helpers.js';

type Tag = 'sp-compare' | 'sp-timeline' | 'sp-velocity-badge';

/** Errors and rejections that reached the window while the test ran. */
const escaped: string[] = [];
const onError = (event: ErrorEvent) => escaped.push(String(event.error ?? event.message));
const onRejection = (event: PromiseRejectionEvent) => escaped.push(String(event.reason));

/**
 * A defined element, given its properties as a framework gives them (after
 * creation, before it joins the page), attached and settled.
 */
async function withProperties<T extends HTMLElement>(tag: Tag, properties: Record<string, unknown>) {
  const el = document.createElement(tag) as unknown as T;
  Object.assign(el, { endpoint: endpoint('ok'), ...properties });
  const event = settled(el);
  document.body.append(el);
  return { el, event: await event };
}

const rows = (el: Element) => [...el.shadowRoot!.querySelectorAll('.feed__item')];
const sectionParts = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part~="section"]')].map((s) => s.getAttribute('part'));

describe('properties as frameworks set them', () => {
  beforeEach(() => {
    escaped.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // A rejection is reported a task later.
    await new Promise((resolve) => setTimeout(resolve, 50));
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    for (const el of document.querySelectorAll('sp-compare, sp-timeline, sp-velocity-badge')) el.remove();
    expect(escaped, 'errors on the window').to.deep.equal([]);
  });

  describe('products', () => {
    for (const [what, value] of [
      ['a string with a comma', 'kafka,linkerd'],
      ['a string with a space', 'kafka linkerd'],
      ['a string with both and extra spaces', ' kafka ,  linkerd '],
      ['a list', ['kafka', 'linkerd']],
    ] as const) {
      it(`reads ${what} as the slugs kafka and linkerd`, async () => {
        const { el, event } = await withProperties<SpTimeline>('sp-timeline', { products: value, limit: 30 });
        expect(event.type).to.equal('sp-load');
        expect(el.products).to.deep.equal(['kafka', 'linkerd']);
        const products = new Set(rows(el).map((row) => textOf(row.querySelector('.feed__product'))));
        expect([...products].sort()).to.deep.equal(['Apache Kafka', 'Linkerd']);
      });
    }

    for (const [what, value] of [
      ['null', null],
      ['an object', { kafka: true }],
      ['a number', 42],
      ['a list holding a number', ['kafka', 7]],
    ] as const) {
      it(`shows the empty state, with one warning, for ${what}`, async () => {
        let result!: { el: SpTimeline; event: Event };
        const warnings = await captureWarnings(async () => {
          result = await withProperties<SpTimeline>('sp-timeline', { products: value });
        });
        expect(result.event.type).to.equal('sp-load');
        expect(textOf(result.el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('No product was named.');
        expect(warnings.filter((w) => w.includes('<sp-timeline> products:'))).to.have.length(1);
      });
    }

    it('follows at most 20 products, with one warning', async () => {
      const slugs = Array.from({ length: 1_000 }, (_, i) => `product-${i}`);
      let el!: SpTimeline;
      const warnings = await captureWarnings(async () => {
        ({ el } = await withProperties<SpTimeline>('sp-timeline', { products: slugs.join(',') }));
      });
      expect(el.products).to.have.length(20);
      expect(warnings).to.deep.equal(['[sparkpulse] <sp-timeline> products: 1000 given; only the first 20 are shown.']);
    });
  });

  describe('sections', () => {
    it('reads "glance faq" as two sections, with no warning', async () => {
      let el!: SpCompare;
      const warnings = await captureWarnings(async () => {
        ({ el } = await withProperties<SpCompare>('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'glance faq' }));
      });
      expect(sectionParts(el)).to.deep.equal(['section glance', 'section faq']);
      expect(warnings).to.deep.equal([]);
    });

    it('reads a list of sections in its order', async () => {
      const { el } = await withProperties<SpCompare>('sp-compare', { a: 'kafka', b: 'linkerd', sections: ['faq', 'glance'] });
      expect(sectionParts(el)).to.deep.equal(['section faq', 'section glance']);
    });

    it('shows every section, with one warning, for a value that is not text or a list', async () => {
      let el!: SpCompare;
      const warnings = await captureWarnings(async () => {
        ({ el } = await withProperties<SpCompare>('sp-compare', { a: 'kafka', b: 'linkerd', sections: { glance: 1 } }));
      });
      expect(sectionParts(el)).to.have.length(6);
      expect(warnings.filter((w) => w.includes('<sp-compare> sections:'))).to.have.length(1);
    });
  });

  describe('limit and alternatives', () => {
    for (const value of ['5', 5, ' 5 ']) {
      it(`reads ${JSON.stringify(value)} as the number 5`, async () => {
        const { el } = await withProperties<SpTimeline>('sp-timeline', { products: 'kafka,linkerd', limit: value });
        expect(el.limit).to.equal(5);
        expect(rows(el)).to.have.length(5);
      });
    }

    for (const value of ['0x10', '1e9', '-1', '2.5', 2.5, -3, '', 'twelve', null, {}]) {
      it(`refuses ${JSON.stringify(value)}, with one warning, and shows the default 12`, async () => {
        let el!: SpTimeline;
        const warnings = await captureWarnings(async () => {
          ({ el } = await withProperties<SpTimeline>('sp-timeline', { products: 'kafka,linkerd', limit: value }));
        });
        expect(el.limit).to.equal(12);
        expect(rows(el)).to.have.length(12);
        expect(warnings.filter((w) => w.includes('<sp-timeline> limit:'))).to.have.length(1);
      });
    }

    it('clamps a limit above 200 to 200, with one warning', async () => {
      let el!: SpTimeline;
      const warnings = await captureWarnings(async () => {
        ({ el } = await withProperties<SpTimeline>('sp-timeline', { products: 'kafka', limit: '5000' }));
      });
      expect(el.limit).to.equal(200);
      expect(warnings).to.deep.equal(['[sparkpulse] <sp-timeline> limit: 5000 is above the most allowed, 200; using 200.']);
    });

    it('reads alternatives="1" as one alternative', async () => {
      const { el } = await withProperties<SpCompare>('sp-compare', { a: 'kafka', b: 'linkerd', sections: 'alternatives', alternatives: '1' });
      expect(el.shadowRoot!.querySelectorAll('.alternatives__list li')).to.have.length(1);
    });
  });

  describe('sparksOnly', () => {
    for (const [value, expected] of [
      [true, true],
      ['true', true],
      ['', true],
      ['sparks-only', true],
      [false, false],
      ['false', false],
    ] as const) {
      it(`reads ${JSON.stringify(value)} as ${expected}`, async () => {
        const { el } = await withProperties<SpTimeline>('sp-timeline', { products: 'grafana,istio', sparksOnly: value, limit: 30 });
        expect(el.sparksOnly).to.equal(expected);
        const sparks = rows(el).map((row) => Boolean(row.querySelector('.feed__spark')));
        expect(sparks.every(Boolean)).to.equal(expected);
      });
    }
  });

  describe('text properties', () => {
    it('shows the empty state, with one warning, for a product that is not text', async () => {
      let result!: { el: SpVelocityBadge; event: Event };
      const warnings = await captureWarnings(async () => {
        result = await withProperties<SpVelocityBadge>('sp-velocity-badge', { product: { slug: 'kafka' } });
      });
      expect(result.event.type).to.equal('sp-load');
      expect(textOf(result.el.shadowRoot!.querySelector('[part="empty"] [aria-hidden="true"]'))).to.equal('Not tracked');
      expect(warnings.filter((w) => w.includes('<sp-velocity-badge> product:'))).to.have.length(1);
    });

    it('takes the host page’s look (inherit), with one warning, for a theme it does not know', async () => {
      const warnings = await captureWarnings(async () => {
        const { el } = await withProperties<SpVelocityBadge>('sp-velocity-badge', { product: 'kafka', theme: 'purple' });
        expect(el.theme).to.equal('inherit');
      });
      expect(warnings.filter((w) => w.includes('<sp-velocity-badge> theme:'))).to.have.length(1);
    });
  });

  describe('the host’s attributes', () => {
    it('are never written back, even when their value is refused', async () => {
      const el = document.createElement('sp-timeline');
      for (const [name, value] of [['products', 'kafka'], ['limit', '-1'], ['theme', 'purple'], ['loading', 'soon'], ['endpoint', endpoint('ok')]]) {
        el.setAttribute(name, value);
      }
      const event = settled(el);
      await captureWarnings(async () => {
        document.body.append(el);
        await event;
      });
      expect(el.getAttribute('limit')).to.equal('-1');
      expect(el.getAttribute('theme')).to.equal('purple');
      expect(el.getAttribute('loading')).to.equal('soon');
      expect(el.getAttributeNames().sort()).to.deep.equal(['endpoint', 'limit', 'loading', 'products', 'theme']);
    });

    it('is unset, not refused, when removed', async () => {
      const el = document.createElement('sp-timeline');
      el.setAttribute('limit', '3');
      const warnings = await captureWarnings(async () => {
        el.removeAttribute('limit');
      });
      expect(el.limit).to.equal(12);
      expect(warnings).to.deep.equal([]);
    });
  });
});

describe('<sp-compare> without two different products', () => {
  async function misnamed(a: string, b: string) {
    const ep = endpoint('ok');
    let result!: { el: SpCompare; event: Event };
    const warnings = await captureWarnings(async () => {
      result = await withProperties<SpCompare>('sp-compare', { a, b, endpoint: ep });
    });
    const hits = await (await fetch(`/ep-hits/${ep.split('/')[2]}`)).json();
    result.el.remove();
    return { ...result, warnings, requests: Object.keys(hits).length };
  }

  it('says both name the same product when a equals b, and asks nothing of the endpoint', async () => {
    const { el, event, warnings, requests } = await misnamed('kafka', 'kafka');
    expect(event.type).to.equal('sp-load');
    expect((event as Event & { empty: boolean }).empty).to.be.true;
    expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('There is nothing to compare: a and b both name kafka.');
    expect(requests).to.equal(0);
    expect(warnings).to.have.length(1);
  });

  it('says which attribute is missing when only a is given', async () => {
    const { el } = await misnamed('kafka', '');
    expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('kafka has nothing to compare with: no product was named in "b".');
  });

  it('says which attribute is missing when only b is given', async () => {
    const { el } = await misnamed('', 'linkerd');
    expect(textOf(el.shadowRoot!.querySelector('[part="empty"]'))).to.equal('linkerd has nothing to compare with: no product was named in "a".');
  });
});
