import type { ComparisonDocuments } from '../client/comparison.js';
import type { Site } from '../contract/types.js';
import { alternatives } from '../model/alternatives.js';
import { compareFaq, type FaqEntry, type Placement } from '../text/faq.js';
import { fillTemplate } from '../text/format.js';
import type { Words } from '../text/words.js';
import { SECTIONS } from './section-names.js';

/**
 * What a comparison is drawn from: both products, the site and the language
 * of the texts, and the products its alternatives are picked from (the
 * index's on the full form, the two products' lists on the published form).
 */
export type CompareData = ComparisonDocuments;

/** The site's page of every alternative to `slug`, when it has one. */
export const alternativesPage = (site: Site, slug: string) => fillTemplate(site.alternativesUrl, { slug });

/**
 * The comparison's FAQ, as its section shows it and as the server renderer
 * gives it to search engines: each product's alternatives are its own
 * sector's fastest, `count` of them. The answers point to the sections
 * `sections` shows above or below the FAQ (the default set unless given).
 */
export function comparisonFaq({ site, a, b, candidates }: CompareData, count: number, words: Words, sections: readonly string[] = SECTIONS): FaqEntry[] {
  const pick = (sector: string) => alternatives(candidates, [sector], [a.slug, b.slug], count);
  const faq = sections.indexOf('faq');
  const placement = (section: string): Placement => {
    const at = sections.indexOf(section);
    return faq < 0 || at < 0 ? undefined : at < faq ? 'above' : 'below';
  };
  return compareFaq(a, b, pick(a.sector), pick(b.sector), words, {
    site: site.name,
    editorial: placement('editorial'),
    alternatives: placement('alternatives'),
    allAlternatives: (slug) => alternativesPage(site, slug),
  });
}
