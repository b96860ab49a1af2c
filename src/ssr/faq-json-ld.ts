import { comparisonFaq, type CompareData } from '../compare/comparison-faq.js';
import type { SpCompare } from '../compare/sp-compare.js';
import type { Words } from '../text/words.js';

/**
 * The comparison's FAQ as schema.org FAQPage data, in a script tag of its
 * own: what search engines read. The same questions and answers the widget
 * shows, in its language, without the bidi isolates (plain text).
 */
export function faqJsonLd(compare: SpCompare, data: CompareData): string {
  const words = (compare as unknown as { words: Words }).words;
  const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');
  const page = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: words.lang,
    mainEntity: comparisonFaq(data, compare.alternatives, words).map(({ question, answer }) => ({
      '@type': 'Question',
      name: plain(question),
      acceptedAnswer: { '@type': 'Answer', text: plain(answer) },
    })),
  };
  return `\n<script type="application/ld+json">${JSON.stringify(page).replace(/</g, '\\u003c')}</script>`;
}
