import { comparisonFaq, type CompareData } from '../compare/comparison-faq.js';
import type { SpCompare } from '../compare/sp-compare.js';
import { withoutControls } from '../text/controls.js';
import type { Words } from '../text/words.js';

/**
 * The comparison's FAQ as schema.org FAQPage data, in a script tag of its
 * own: what search engines read. The same questions and answers the widget
 * shows, in its language, as plain text: without the isolates the widget
 * puts around names, and without the bidi controls and control characters a
 * name may hold, which the SVG badges drop too.
 */
export function faqJsonLd(compare: SpCompare, data: CompareData): string {
  const words = (compare as unknown as { words: Words }).words;
  const page = {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    inLanguage: words.lang,
    mainEntity: comparisonFaq(data, compare.alternatives, words).map(({ question, answer }) => ({
      '@type': 'Question',
      name: withoutControls(question),
      acceptedAnswer: { '@type': 'Answer', text: withoutControls(answer) },
    })),
  };
  return `\n<script type="application/ld+json">${JSON.stringify(page).replace(/</g, '\\u003c')}</script>`;
}
