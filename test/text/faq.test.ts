import { expect } from '@open-wc/testing';
import { readIndex } from '../../src/contract/index-schema.js';
import { readProduct } from '../../src/contract/product-schema.js';
import { Reader } from '../../src/contract/reader.js';
import type { Product, ProductSummary } from '../../src/contract/types.js';
import * as faq from '../../src/text/faq.js';
import { sharedThemes } from '../../src/text/faq.js';
import { enCompare } from '../../src/text/catalogue/en-compare.js';
import { addEnglish, englishWords } from '../../src/text/words.js';
import { withoutIsolates } from '../helpers.js';

// The sentences as read: each data value in them sits between invisible
// bidi isolates, which are checked on their own at the end.
// In English: other languages are checked in the widgets' own tests. The
// FAQ's terms are the comparison's own, added when its code loads.
addEnglish(enCompare);
const words = englishWords();
type FullProduct = Parameters<typeof faq.themesSentence>[0];
type Named = Parameters<typeof faq.paceSentence>[0];
type Summaries = Parameters<typeof faq.alternativesSentence>[1];
const alternativesSentence = (p: Named, alts: Summaries) => withoutIsolates(faq.alternativesSentence(p, alts, words));
const paceSentence = (a: Named, b: Named) => withoutIsolates(faq.paceSentence(a, b, words));
const sparksSentence = (a: Named, b: Named) => withoutIsolates(faq.sparksSentence(a, b, words));
const themesSentence = (a: FullProduct, b: FullProduct) => withoutIsolates(faq.themesSentence(a, b, words));
const compareFaq = (a: FullProduct, b: FullProduct, altsA: Summaries, altsB: Summaries) =>
  faq.compareFaq(a, b, altsA, altsB, words).map(({ question, answer }) => ({ question: withoutIsolates(question), answer: withoutIsolates(answer) }));

async function load<T>(read: (r: Reader, json: unknown) => T, document: string): Promise<T> {
  const response = await fetch(`/demo/endpoint/${document}`);
  return Reader.read(document, await response.json(), read)[0];
}

describe('faq', () => {
  let kafkaDoc: Product;
  let linkerdDoc: Product;
  let summaries: ProductSummary[];

  /** The sample Apache Kafka (velocity 5.0, no sparks), with `changes` applied. */
  const kafka = (changes: Partial<Product> = {}): Product => ({ ...structuredClone(kafkaDoc), ...changes });
  /** The sample Linkerd (velocity 2.5, no sparks), with `changes` applied. */
  const linkerd = (changes: Partial<Product> = {}): Product => ({ ...structuredClone(linkerdDoc), ...changes });
  const summary = (slug: string) => summaries.find((p) => p.slug === slug)!;

  before(async () => {
    [kafkaDoc, linkerdDoc] = await Promise.all([
      load(readProduct, 'products/kafka.json'),
      load(readProduct, 'products/linkerd.json'),
    ]);
    summaries = (await load(readIndex, 'index.json')).products;
  });

  describe('compareFaq', () => {
    it('asks four questions about the two products', () => {
      const faq = compareFaq(kafka(), linkerd(), [], []);
      expect(faq.map((entry) => entry.question)).to.deep.equal([
        'What is the difference between Apache Kafka and Linkerd?',
        'Is Apache Kafka better than Linkerd?',
        'What are the best alternatives to Apache Kafka?',
        'What are the best alternatives to Linkerd?',
      ]);
    });

    it('answers the difference with sector, pace, sparks and themes, in that order', () => {
      const [difference] = compareFaq(kafka(), linkerd(), [], []);
      expect(difference.answer).to.equal(
        [
          'Apache Kafka and Linkerd are both in the DevOps sector.',
          'Apache Kafka ships faster, with a velocity score of 5.0 against 2.5 for Linkerd.',
          'In the last 30 days, Apache Kafka earned 0 editorial sparks and Linkerd earned 0 editorial sparks.',
          'Their themes do not overlap: Apache Kafka is about streaming, kafka-queues, kraft-migration, and share-groups, while Linkerd is about service-mesh, kubernetes, post-quantum-crypto, and observability.',
        ].join(' '),
      );
    });

    it('names both sectors when the products are in different sectors', () => {
      const [difference] = compareFaq(kafka(), linkerd({ sector: 'Databases' }), [], []);
      expect(difference.answer).to.contain('Apache Kafka is in the DevOps sector and Linkerd in the Databases sector.');
    });

    it('answers "is it better" without picking a winner, then gives the facts', () => {
      const [, better] = compareFaq(kafka(), linkerd(), [], []);
      expect(better.answer).to.match(/^Neither is better for every team: it depends on what you need from it\. /);
      expect(better.answer).to.contain('Apache Kafka ships faster, with a velocity score of 5.0 against 2.5 for Linkerd.');
      expect(better.answer).to.contain('In the last 30 days,');
      expect(better.answer).to.contain('Their themes do not overlap');
    });

    it('answers each alternatives question from its own list', () => {
      const faq = compareFaq(kafka(), linkerd(), [summary('grafana')], []);
      expect(faq[2].answer).to.equal('The fastest-moving DevOps alternatives to Apache Kafka are Grafana (velocity 7.3).');
      expect(faq[3].answer).to.equal('Sparkpulse tracks no other DevOps products to suggest in place of Linkerd yet.');
    });
  });

  describe('paceSentence', () => {
    it('names the faster product first with both scores', () => {
      expect(paceSentence(kafka(), linkerd())).to.equal(
        'Apache Kafka ships faster, with a velocity score of 5.0 against 2.5 for Linkerd.',
      );
    });

    it('names B as faster when A is slower', () => {
      expect(paceSentence(kafka({ velocity: 2.5 }), linkerd({ velocity: 5 }))).to.equal(
        'Linkerd ships faster, with a velocity score of 5.0 against 2.5 for Apache Kafka.',
      );
    });

    it('says they ship at the same pace, with one score, when the velocities are equal', () => {
      expect(paceSentence(kafka({ velocity: 4.2 }), linkerd({ velocity: 4.2 }))).to.equal(
        'Apache Kafka and Linkerd ship at the same pace, both with a velocity score of 4.2.',
      );
    });

    it('shows a whole velocity with one decimal', () => {
      expect(paceSentence(kafka({ velocity: 7 }), linkerd())).to.contain('a velocity score of 7.0 against 2.5');
    });

    it('does not call one product faster when both scores show as the same number', () => {
      // 5.04 and 4.96 both read "5.0"; "ships faster … 5.0 against 5.0" contradicts itself.
      expect(paceSentence(kafka({ velocity: 5.04 }), linkerd({ velocity: 4.96 }))).to.equal(
        'Apache Kafka and Linkerd ship at the same pace, both with a velocity score of 5.0.',
      );
    });
  });

  describe('sparksSentence', () => {
    it('gives both products\u2019 spark counts', () => {
      expect(sparksSentence(kafka({ sparks30d: 3 }), linkerd({ sparks30d: 2 }))).to.equal(
        'In the last 30 days, Apache Kafka earned 3 editorial sparks and Linkerd earned 2 editorial sparks.',
      );
    });

    it('says "1 editorial spark" in the singular', () => {
      expect(sparksSentence(kafka({ sparks30d: 1 }), linkerd())).to.equal(
        'In the last 30 days, Apache Kafka earned 1 editorial spark and Linkerd earned 0 editorial sparks.',
      );
    });
  });

  describe('themesSentence', () => {
    it('names a theme both products share', () => {
      const a = kafka({ themes: ['streaming', 'observability'] });
      expect(themesSentence(a, linkerd())).to.equal('Their themes overlap on observability.');
    });

    it('lists several shared themes in A\u2019s order', () => {
      const a = kafka({ themes: ['observability', 'streaming', 'kubernetes'] });
      expect(themesSentence(a, linkerd())).to.equal('Their themes overlap on observability and kubernetes.');
    });

    it('says disjoint themes do not overlap and lists each product\u2019s own', () => {
      const a = kafka({ themes: ['streaming', 'queues'] });
      const b = linkerd({ themes: ['service-mesh'] });
      expect(themesSentence(a, b)).to.equal(
        'Their themes do not overlap: Apache Kafka is about streaming and queues, while Linkerd is about service-mesh.',
      );
    });

    it('does not leave an empty list when a product has no themes', () => {
      // The contract allows `themes: []`.
      const sentence = themesSentence(kafka(), linkerd({ themes: [] }));
      expect(sentence).not.to.match(/about\s*[,.]/);
    });
  });

  describe('sharedThemes', () => {
    it('keeps A\u2019s order', () => {
      expect(sharedThemes({ themes: ['c', 'a', 'b'] }, { themes: ['a', 'b', 'c'] })).to.deep.equal(['c', 'a', 'b']);
    });

    it('is empty for disjoint themes', () => {
      expect(sharedThemes(kafka(), linkerd())).to.deep.equal([]);
    });
  });

  describe('alternativesSentence', () => {
    it('names each alternative with its velocity, in the given order', () => {
      const alts = [summary('opentelemetry'), summary('grafana'), summary('argo-cd')];
      expect(alternativesSentence(kafka(), alts)).to.equal(
        'The fastest-moving DevOps alternatives to Apache Kafka are OpenTelemetry (velocity 8.1), Grafana (velocity 7.3), and Argo CD (velocity 6.4).',
      );
    });

    it('shows a whole alternative velocity with one decimal', () => {
      expect(alternativesSentence(linkerd(), [summary('kafka')])).to.equal(
        'The fastest-moving DevOps alternatives to Linkerd are Apache Kafka (velocity 5.0).',
      );
    });

    it('says there is nothing to suggest when there are no alternatives', () => {
      expect(alternativesSentence(kafka(), [])).to.equal(
        'Sparkpulse tracks no other DevOps products to suggest in place of Apache Kafka yet.',
      );
    });
  });

  describe('bidi isolation', () => {
    it('isolates every name, sector and theme, so a right-to-left override in a name cannot turn the sentence', () => {
      const evil = '\u202Eevil';
      const entries = faq.compareFaq(kafka({ name: evil, sector: 'Dev\u202EOps' }), linkerd(), [summary('grafana')], [summary('grafana')], words);
      const text = entries.map((e) => `${e.question} ${e.answer}`).join(' ');
      expect(text).to.contain(`\u2068${evil}\u2069`);
      expect(text).to.contain('\u2068Dev\u202EOps\u2069');
      expect(text).to.contain('\u2068Linkerd\u2069');
      expect(text).to.contain('\u2068Grafana\u2069');
      // Outside the isolates, no direction control is left open.
      expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    });
  });
});
