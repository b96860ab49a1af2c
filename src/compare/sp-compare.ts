import { html } from 'lit';
import type { Index, Product } from '../contract/types.js';
import { loadIndex } from '../client/index-document.js';
import { loadProduct } from '../client/product.js';
import { langOf } from '../element/lang.js';
import { onTick } from '../element/ticker.js';
import { baseStyles } from '../element/base.styles.js';
import { countConverter, listConverter } from '../element/converters.js';
import { logoTemplate } from '../element/logo.js';
import { NotTracked } from '../element/not-tracked.js';
import { SparkpulseElement } from '../element/sp-element.js';
import { feedPlaceholder } from '../feed/feed.template.js';
import { feedStyles } from '../feed/feed.styles.js';
import { alternatives } from '../model/alternatives.js';
import { feed } from '../model/feed.js';
import { compareFaq } from '../text/faq.js';
import { renderSection, SECTIONS, type Comparison, type Section } from './sections.js';
import { compareStyles } from './sp-compare.styles.js';

interface CompareData {
  index: Index;
  a: Product;
  b: Product;
}

const isSection = (name: string): name is Section => (SECTIONS as readonly string[]).includes(name);

/**
 * A full "A vs B" comparison: at a glance, what each product is, the editorial
 * side-by-side, alternatives, recent activity and an FAQ built from the data.
 *
 * @summary Compares two products, e.g. `<sp-compare a="kafka" b="linkerd">`.
 * @tag sp-compare
 *
 * @fires sp-load - The comparison has its data and has rendered it (`empty` is true when a product is not tracked).
 * @fires sp-error - A document could not be loaded; `error` says why.
 *
 * @csspart section - Every section.
 * @csspart glance - The "At a glance" table section.
 * @csspart whatis - The "What is A? / What is B?" section.
 * @csspart editorial - The editorial side-by-side section.
 * @csspart alternatives - The alternatives section.
 * @csspart activity - The recent activity section.
 * @csspart faq - The FAQ section.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The "not tracked" message.
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty --sp-color-text - Text colour.
 * @cssproperty --sp-color-muted - Secondary text colour.
 * @cssproperty --sp-color-bg - Background.
 * @cssproperty --sp-color-surface - Background of table headers and placeholders.
 * @cssproperty --sp-color-border - Lines and borders.
 * @cssproperty --sp-color-accent - Link colour.
 * @cssproperty --sp-color-spark - Colour of the ⚡ spark mark.
 * @cssproperty --sp-color-error - Border of the error state.
 * @cssproperty --sp-space - Space between and inside sections.
 * @cssproperty --sp-radius - Corner radius.
 */
export class SpCompare extends SparkpulseElement<CompareData> {
  static override styles = [baseStyles, feedStyles, compareStyles];

  static override properties = {
    a: { reflect: true },
    b: { reflect: true },
    sections: { converter: listConverter },
    alternatives: { converter: countConverter(3), reflect: true },
    limit: { converter: countConverter(12), reflect: true },
    failedLogos: { state: true },
  };

  /** Slug of the first product, e.g. `kafka`. */
  a = '';

  /** Slug of the second product, e.g. `linkerd`. */
  b = '';

  /** Which sections to show, in order: `glance whatis editorial alternatives activity faq`. */
  sections: string[] = [...SECTIONS];

  /** How many alternatives to list. */
  alternatives = 3;

  /** How many activity items to show. */
  limit = 12;
  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch.push(onTick(() => this.requestUpdate()));
  }


  private warnedSections = new Set<string>();

  /** Logo URLs that did not load; their products show initials instead. */
  private failedLogos = new Set<string>();

  private logoFailed(url: string): void {
    this.failedLogos = new Set(this.failedLogos).add(url);
  }

  protected dataKey() {
    return [this.a, this.b];
  }

  protected async load(endpoint: string, signal: AbortSignal) {
    const { a, b } = this;
    const [index, productA, productB] = await Promise.all([
      loadIndex(this.client, endpoint, signal),
      loadProduct(this.client, endpoint, a, signal),
      loadProduct(this.client, endpoint, b, signal),
    ]);
    if (!productA || !productB) return new NotTracked([productA ? '' : a, productB ? '' : b]);
    return { index, a: productA, b: productB };
  }

  private comparison({ index, a, b }: CompareData): Comparison {
    const pick = (sectors: string[]) => alternatives(index.products, sectors, [a.slug, b.slug], this.alternatives);
    return {
      index,
      a,
      b,
      alternatives: pick([a.sector, b.sector]),
      faq: compareFaq(a, b, pick([a.sector]), pick([b.sector])),
      activity: feed([a, b], { limit: this.limit }),
      lang: langOf(this),
      logo: (p) => logoTemplate(p.name, p.logo, this.failedLogos.has(p.logo!), () => this.logoFailed(p.logo!)),
    };
  }

  private chosenSections(): Section[] {
    const chosen: Section[] = [];
    for (const name of this.sections) {
      if (isSection(name)) chosen.push(name);
      else if (!this.warnedSections.has(name)) {
        this.warnedSections.add(name);
        console.warn(`[sparkpulse] <sp-compare> has no section "${name}"; known sections: ${SECTIONS.join(' ')}`);
      }
    }
    return chosen;
  }

  protected renderLoaded(data: CompareData) {
    const comparison = this.comparison(data);
    return html`${this.chosenSections().map((name) => renderSection[name](comparison))}`;
  }

  protected renderPlaceholder() {
    return html`${this.chosenSections().map(
      (name) => html`<div class="placeholder placeholder--${name}">
        ${name === 'activity' ? feedPlaceholder(this.limit) : html`<span class="skeleton"></span>`}
      </div>`,
    )}`;
  }
}

// Declared with the class, not the define module, so that type declarations
// reach every entry point: declaration files drop side-effect imports.
declare global {
  interface HTMLElementTagNameMap {
    'sp-compare': SpCompare;
  }
}
