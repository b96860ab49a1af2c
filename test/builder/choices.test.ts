/**
 * The rules the embed builder's choices keep, as pure functions
 * (src/builder/choices.ts); sp-embed-builder.test.ts drives the same rules
 * through the form.
 */
import { expect } from '@open-wc/testing';
import { SECTIONS } from '../../src/compare/section-names.js';
import {
  adopt,
  chooseForComparison,
  FIRST_CHOICES,
  moveSection,
  toggleProduct,
  toggleSection,
  type Choices,
} from '../../src/builder/choices.js';
import { MAX_PRODUCTS } from '../../src/timeline/sp-timeline.js';

const NAMES: Record<string, string> = { kafka: 'Apache Kafka', linkerd: 'Linkerd', istio: 'Istio' };
const nameOf = (slug: string) => NAMES[slug] ?? slug;
const choices = (changes: Partial<Choices>): Choices => ({ ...FIRST_CHOICES, ...changes });

describe('the embed builder’s choices', () => {
  describe('adopting an index', () => {
    it('fills every widget’s products from the first products the index lists', () => {
      const adopted = adopt(FIRST_CHOICES, ['kafka', 'linkerd', 'istio']);
      expect([adopted.a, adopted.b, adopted.products, adopted.product]).to.deep.equal(['kafka', 'linkerd', ['kafka'], 'kafka']);
    });

    it('keeps the choices the new index still lists and replaces the others', () => {
      const before = choices({ a: 'istio', b: 'gone', products: ['gone', 'linkerd'], product: 'gone' });
      const adopted = adopt(before, ['kafka', 'linkerd', 'istio']);
      expect([adopted.a, adopted.b, adopted.products, adopted.product]).to.deep.equal(['istio', 'kafka', ['linkerd'], 'kafka']);
    });

    it('leaves a comparison without products when the index lists none', () => {
      const adopted = adopt(choices({ a: 'kafka', b: 'linkerd' }), []);
      expect([adopted.a, adopted.b, adopted.products, adopted.product]).to.deep.equal(['', '', [], '']);
    });
  });

  describe('a comparison’s products', () => {
    it('takes a product the other side does not have, silently', () => {
      expect(chooseForComparison(choices({ a: 'kafka', b: 'linkerd' }), 'a', 'istio', nameOf)).to.deep.equal({ changes: { a: 'istio' } });
    });

    it('swaps the two sides when A is given B’s product, and says so by name', () => {
      const change = chooseForComparison(choices({ a: 'kafka', b: 'linkerd' }), 'a', 'linkerd', nameOf);
      expect(change.changes).to.deep.equal({ a: 'linkerd', b: 'kafka' });
      expect(change.say).to.equal('Swapped: A is now Linkerd, B is Apache Kafka.');
    });
  });

  describe('a timeline’s products', () => {
    it('adds a product that was not chosen', () => {
      const change = toggleProduct(choices({ products: ['kafka'] }), 'istio', nameOf);
      expect(change).to.deep.equal({ changes: { products: ['kafka', 'istio'] }, say: 'Added Istio.' });
    });

    it('removes a chosen product', () => {
      const change = toggleProduct(choices({ products: ['kafka', 'istio'] }), 'kafka', nameOf);
      expect(change).to.deep.equal({ changes: { products: ['istio'] }, say: 'Removed Apache Kafka.' });
    });

    it('keeps the last product and says why', () => {
      expect(toggleProduct(choices({ products: ['kafka'] }), 'kafka', nameOf)).to.deep.equal({ say: 'A timeline needs at least one product.' });
    });

    it(`adds none past ${MAX_PRODUCTS} and says why`, () => {
      const full = Array.from({ length: MAX_PRODUCTS }, (_, i) => `p${i}`);
      expect(toggleProduct(choices({ products: full }), 'kafka', nameOf)).to.deep.equal({ say: `A timeline follows at most ${MAX_PRODUCTS} products.` });
    });
  });

  describe('a comparison’s sections', () => {
    it('unticks a section while another stays ticked', () => {
      expect(toggleSection(choices({ shown: ['glance', 'faq'] }), 'faq', false)).to.deep.equal({ changes: { shown: ['glance'] } });
    });

    it('keeps the last ticked section and says why', () => {
      expect(toggleSection(choices({ shown: ['faq'] }), 'faq', false)).to.deep.equal({ say: 'A comparison needs at least one section.' });
    });

    it('moves a section one place and says where it is now', () => {
      const change = moveSection(FIRST_CHOICES, SECTIONS[1], -1);
      expect(change.changes?.order).to.deep.equal([SECTIONS[1], SECTIONS[0], ...SECTIONS.slice(2)]);
      expect(change.say).to.match(new RegExp(` moved to position 1 of ${SECTIONS.length}\\.$`));
    });

    it('moves nothing past either end', () => {
      expect(moveSection(FIRST_CHOICES, SECTIONS[0], -1)).to.deep.equal({});
      expect(moveSection(FIRST_CHOICES, SECTIONS.at(-1)!, 1)).to.deep.equal({});
    });
  });
});
