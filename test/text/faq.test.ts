import { expect } from '@open-wc/testing';
import { readIndex } from '../../src/contract/index-schema.js';
import { readProduct } from '../../src/contract/product-schema.js';
import { Reader } from '../../src/contract/reader.js';
import type { Product, ProductSummary } from '../../src/contract/types.js';
import * as faq from '../../src/text/faq.js';
import { sharedThemes } from '../../src/text/faq.js';
import { enCompare } from '../../src/text/catalogue/en-compare.js';
import { addEnglish, englishWords, wordsFor } from '../../src/text/words.js';
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
type Context = Parameters<typeof faq.compareFaq>[5];
/** The sample's site, its sections in the default order: the editorial and the alternatives above the FAQ. */
const SAMPLE: Context = {
  site: 'Sparkpulse',
  editorial: 'above',
  alternatives: 'above',
  allAlternatives: (slug) => `https://sparkpulse.example/alternatives/${slug}`,
};
const alternativesSentence = (p: Named, alts: Summaries, site = 'Sparkpulse') => withoutIsolates(faq.alternativesSentence(p, alts, words, site));
const paceSentence = (a: Named, b: Named) => withoutIsolates(faq.paceSentence(a, b, words));
const themesSentence = (a: FullProduct, b: FullProduct) => withoutIsolates(faq.themesSentence(a, b, words));
const compareFaq = (a: FullProduct, b: FullProduct, altsA: Summaries, altsB: Summaries, context: Context = SAMPLE) =>
  faq.compareFaq(a, b, altsA, altsB, words, context).map(({ question, answer, link }) => ({
    question: withoutIsolates(question),
    answer: withoutIsolates(answer),
    link: link && { text: withoutIsolates(link.text), href: link.href },
  }));

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

    it('answers the difference as the seed page does: themes, then pace and sparks, then the editorial above', () => {
      const [difference] = compareFaq(kafka(), linkerd(), [], []);
      expect(difference.answer).to.equal(
        [
          "They serve adjacent needs but don't currently overlap on shipped themes.",
          'Apache Kafka is currently shipping more aggressively (velocity 5.0 vs 2.5), with 0 editorial sparks in the last 30 days against 0.',
          'The editorial side-by-side above shows where each one is heading.',
        ].join(' '),
      );
    });

    it('points to the editorial below when it is shown after the FAQ, and not at all when it is not shown', () => {
      expect(compareFaq(kafka(), linkerd(), [], [], { ...SAMPLE, editorial: 'below' })[0].answer).to.match(/The editorial side-by-side below shows/);
      expect(compareFaq(kafka(), linkerd(), [], [], { ...SAMPLE, editorial: undefined })[0].answer).not.to.contain('editorial side-by-side');
    });

    it('names both sectors when the products are in different sectors', () => {
      const [difference] = compareFaq(kafka(), linkerd({ sector: 'Databases' }), [], []);
      expect(difference.answer).to.match(/^They sit in different sectors, DevOps and Databases, and don't currently overlap on shipped themes\. /);
    });

    it('answers "is it better" with the site picking no winner, then what the scores say', () => {
      const [, better] = compareFaq(kafka(), linkerd(), [], []);
      expect(better.answer).to.equal(
        "Sparkpulse doesn't pick a winner — we score release velocity, not feature parity. " +
          'Apache Kafka has the higher velocity score right now (5.0 against 2.5): that says how much it ships, not whether it fits your stack.',
      );
    });

    it('names the site from the index, never Sparkpulse when the site is another', () => {
      const entries = compareFaq(kafka(), linkerd(), [], [], { ...SAMPLE, site: 'Acme Radar' });
      const text = entries.map((e) => e.answer).join(' ');
      expect(text).to.contain("Acme Radar doesn't pick a winner");
      expect(text).to.contain('Acme Radar tracks no other DevOps products');
      expect(text).not.to.contain('Sparkpulse');
    });

    it('answers each alternatives question from its own list, points to the section above and links the site\'s full list', () => {
      const faq = compareFaq(kafka(), linkerd(), [summary('grafana')], []);
      expect(faq[2].answer).to.equal(
        'The fastest-moving DevOps alternatives to Apache Kafka are Grafana (velocity 7.3). ' +
          'The alternatives section above ranks them by recent ship velocity. ' +
          'See all Apache Kafka alternatives on Sparkpulse.',
      );
      expect(faq[2].link).to.deep.equal({ text: 'See all Apache Kafka alternatives on Sparkpulse.', href: 'https://sparkpulse.example/alternatives/kafka' });
      // Nothing to rank: no pointer to the section, still the site's list.
      expect(faq[3].answer).to.equal(
        'Sparkpulse tracks no other DevOps products to suggest in place of Linkerd yet. See all Linkerd alternatives on Sparkpulse.',
      );
    });

    it('leaves the link out when the site has no page of alternatives', () => {
      const faq = compareFaq(kafka(), linkerd(), [summary('grafana')], [], { ...SAMPLE, allAlternatives: () => undefined, alternatives: 'below' });
      expect(faq[2].answer).to.equal(
        'The fastest-moving DevOps alternatives to Apache Kafka are Grafana (velocity 7.3). The alternatives section below ranks them by recent ship velocity.',
      );
      expect(faq[2].link).to.equal(undefined);
    });
  });

  describe('paceSentence', () => {
    it('names the faster product first with both scores and both products\' sparks', () => {
      expect(paceSentence(kafka({ sparks30d: 3 }), linkerd({ sparks30d: 2 }))).to.equal(
        'Apache Kafka is currently shipping more aggressively (velocity 5.0 vs 2.5), with 3 editorial sparks in the last 30 days against 2.',
      );
    });

    it('names B as faster when A is slower, its sparks first', () => {
      expect(paceSentence(kafka({ velocity: 2.5, sparks30d: 4 }), linkerd({ velocity: 5, sparks30d: 1 }))).to.equal(
        'Linkerd is currently shipping more aggressively (velocity 5.0 vs 2.5), with 1 editorial spark in the last 30 days against 4.',
      );
    });

    it('leaves the sparks out when the data lacks either count', () => {
      expect(paceSentence(kafka({ sparks30d: undefined }), linkerd())).to.equal('Apache Kafka is currently shipping more aggressively (velocity 5.0 vs 2.5).');
      expect(paceSentence(kafka({ velocity: 3 }), linkerd({ velocity: 3, sparks30d: undefined }))).to.equal(
        'Apache Kafka and Linkerd are currently shipping at the same pace (velocity 3.0 each).',
      );
    });

    it('says they ship at the same pace, with one score, when the velocities are equal', () => {
      expect(paceSentence(kafka({ velocity: 4.2, sparks30d: 1 }), linkerd({ velocity: 4.2 }))).to.equal(
        'Apache Kafka and Linkerd are currently shipping at the same pace (velocity 4.2 each), with 1 editorial spark for Apache Kafka in the last 30 days against 0 for Linkerd.',
      );
    });

    it('shows a whole velocity with one decimal', () => {
      expect(paceSentence(kafka({ velocity: 7 }), linkerd())).to.contain('(velocity 7.0 vs 2.5)');
    });

    it('does not call one product faster when both scores show as the same number', () => {
      // 5.04 and 4.96 both read "5.0"; "more aggressively (velocity 5.0 vs 5.0)" contradicts itself.
      expect(paceSentence(kafka({ velocity: 5.04 }), linkerd({ velocity: 4.96 }))).to.match(
        /^Apache Kafka and Linkerd are currently shipping at the same pace \(velocity 5\.0 each\)/,
      );
      const [, better] = compareFaq(kafka({ velocity: 5.04 }), linkerd({ velocity: 4.96 }), [], []);
      expect(better.answer).to.contain('Both have a velocity score of 5.0 right now');
    });
  });

  describe('themesSentence', () => {
    it('names a theme both products share', () => {
      const a = kafka({ themes: ['streaming', 'observability'] });
      expect(themesSentence(a, linkerd())).to.equal('They currently overlap on shipped themes: observability.');
    });

    it('lists several shared themes in A\u2019s order', () => {
      const a = kafka({ themes: ['observability', 'streaming', 'kubernetes'] });
      expect(themesSentence(a, linkerd())).to.equal('They currently overlap on shipped themes: observability and kubernetes.');
    });

    it('says disjoint themes of one sector do not overlap, as the seed page does', () => {
      expect(themesSentence(kafka(), linkerd())).to.equal("They serve adjacent needs but don't currently overlap on shipped themes.");
    });

    it('does not claim an overlap, or its absence, when a product lists no themes', () => {
      // The contract allows `themes: []`.
      expect(themesSentence(kafka(), linkerd({ themes: [] }))).to.equal('Linkerd lists no shipped themes yet.');
      expect(themesSentence(kafka({ themes: [] }), linkerd({ themes: [] }))).to.equal(
        'Apache Kafka lists no shipped themes yet. Linkerd lists no shipped themes yet.',
      );
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

    it('says the site has nothing to suggest when there are no alternatives', () => {
      expect(alternativesSentence(kafka(), [])).to.equal('Sparkpulse tracks no other DevOps products to suggest in place of Apache Kafka yet.');
      expect(alternativesSentence(kafka({ sector: '' }), [], 'Acme Radar')).to.equal(
        'Acme Radar tracks no similar products to suggest in place of Apache Kafka yet.',
      );
    });
  });

  describe('sentences', () => {
    it('joins sentences with the language\'s gap, and leaves out one the data did not allow', () => {
      expect(faq.sentences(words, 'One.', '', 'Two.')).to.equal('One. Two.');
    });

    it('writes Japanese and Chinese sentences together, after their full-width stop', async () => {
      const { default: ja } = await import('../../src/text/catalogue/ja.js');
      const japanese = wordsFor('ja', (key) => (ja as unknown as Record<string, string>)[key] || undefined);
      expect(faq.sentences(japanese, '一つ目。', '二つ目。')).to.equal('一つ目。二つ目。');
    });
  });

  describe('bidi isolation', () => {
    it('isolates every name, sector and theme, so a right-to-left override in a name cannot turn the sentence', () => {
      const evil = '\u202Eevil';
      const entries = faq.compareFaq(kafka({ name: evil, sector: 'Dev\u202EOps' }), linkerd({ sector: 'Mesh' }), [summary('grafana')], [summary('grafana')], words, SAMPLE);
      const text = entries.map((e) => `${e.question} ${e.answer}`).join(' ');
      expect(text).to.contain(`\u2068${evil}\u2069`);
      expect(text).to.contain('\u2068Dev\u202EOps\u2069');
      expect(text).to.contain('\u2068Linkerd\u2069');
      expect(text).to.contain('\u2068Sparkpulse\u2069');
      expect(text).to.contain('\u2068Grafana\u2069');
      // Outside the isolates, no direction control is left open.
      expect(text.replace(/\u2068[^\u2069]*\u2069/g, '')).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    });
  });
});
