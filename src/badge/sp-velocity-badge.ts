import { html, nothing } from 'lit';
import type { ProductSummary } from '../contract/types.js';
import { loadSummary } from '../client/summaries.js';
import { baseStyles } from '../element/base.styles.js';
import { NotTracked } from '../element/not-tracked.js';
import { bidiText } from '../element/bidi.js';
import { SparkpulseElement } from '../element/sp-element.js';
import { propertyValue, rawAttribute, textValue } from '../element/values.js';
import { bandIndex } from '../model/velocity-bands.js';
import { fillTemplate } from '../text/format.js';
import { isolate } from '../text/isolate.js';
import { badgeStyles } from './sp-velocity-badge.styles.js';

interface BadgeData {
  product: ProductSummary;
  /** Absent when the site has no product page template. */
  href?: string;
  /** The language of the endpoint's texts. */
  dataLang: string;
}

/**
 * A compact badge with a product's name and velocity score, linking to the
 * product's page. It reads one shard of summaries (`summaries/{shard}.json`),
 * which every badge of that shard on the page shares; on a full-form endpoint,
 * without shards, `index.json`, which every badge shares.
 *
 * @summary Product name and velocity, e.g. "Apache Kafka | velocity 5.0".
 * @tag sp-velocity-badge
 *
 * @attr {string} product - The product's slug, e.g. `kafka`.
 *
 * @fires sp-load - The badge has its data and has rendered it (`empty` is true when the product is not tracked).
 * @fires sp-error - Its shard of summaries (or the index) could not be loaded; `error` says why.
 *
 * @slot - Fallback content, such as the product's SVG badge image: shown until the badge's code runs, wherever it never runs, and in the error state in place of "Data unavailable", inside the badge's box.
 *
 * @csspart badge - The link around the badge.
 * @csspart name - The product name.
 * @csspart velocity - The velocity score, on its velocity band's colour.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The "not tracked" message.
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 *
 * @cssproperty --sp-color-text - Text colour of the name; by default the host page's.
 * @cssproperty --sp-color-bg - Background of the name half and of the empty and error states; by default none.
 * @cssproperty --sp-color-accent - The focus ring. The velocity half has the colour of its velocity band, as the SVG badge does, with white text; restyle it with `::part(velocity)`.
 * @cssproperty --sp-color-border - Border colour.
 * @cssproperty --sp-radius - Corner radius.
 * @cssproperty --sp-font-size - Base font size: the box is 1.5 of it tall, its text 0.875 of it; by default the reader's own.
 * @cssproperty --sp-badge-width - The badge's width, in every state.
 * @cssproperty --sp-space - Half of it pads each side of the name, the score and the states, inside the fixed box.
 * @cssproperty --sp-color-error - Border of the error state.
 */
export class SpVelocityBadge extends SparkpulseElement<BadgeData> {
  static override styles = [baseStyles, badgeStyles];

  static override properties = { product: { converter: rawAttribute } };

  #product = '';

  /** The product's slug, e.g. `kafka`. */
  get product(): string {
    return this.#product;
  }
  set product(value: string) {
    this.#product = propertyValue(this, 'product', value, textValue, '', 'a product slug');
  }

  protected dataKey() {
    return [this.product];
  }

  protected async load(endpoint: string, signal: AbortSignal) {
    const slug = this.product;
    const found = await loadSummary(this.client, endpoint, slug, signal);
    if (!found) return new NotTracked([slug]);
    return { product: found.product, href: fillTemplate(found.site.productUrl, { slug }), dataLang: found.language };
  }

  /** "Retry loading the badge of kafka". */
  protected retryLabel(): string {
    return this.words.t('retryBadge', { product: isolate(this.product) });
  }

  protected renderLoaded({ product, href, dataLang }: BadgeData) {
    const words = this.words;
    const content = html`<span part="name" class="badge__name" lang=${dataLang}>${product.name}</span
      ><span class="visually-hidden">${words.t('badgeSeparator')}</span
      ><span part="velocity" class="badge__velocity band-${bandIndex(product.velocity)}"
        >${words.t('velocity', { score: words.score(product.velocity) })}</span
      >`;
    return href
      ? html`<a part="badge" class="badge" href=${href} rel="noopener noreferrer">${content}</a>`
      : html`<span part="badge" class="badge">${content}</span>`;
  }

  /**
   * A badge has room for two words; the eye gets them and the whole sentence
   * as a tooltip, assistive technology gets the sentence.
   */
  protected override renderErrorText(error: Error) {
    // The page's own content between the tags (an image of the badge, say) takes the short words' place.
    const sentence = this.errorSentence(error);
    return html`<slot><span title=${sentence} aria-hidden="true">${this.words.t('errorShort')}</span></slot
      ><span class="visually-hidden">${bidiText(sentence)}</span>`;
  }

  /** In the badge the fallback stands in for the short words (renderErrorText), not beside them. */
  protected override renderFallback() {
    return nothing;
  }

  protected override renderEmpty(value: NotTracked) {
    return html`<p part="empty" class="state">${this.#short(this.words.t('notTrackedShort'), this.emptySentence(value))}</p>`;
  }

  #short(shown: string, sentence: string) {
    // The tooltip keeps the isolates, the only ones plain text has; the text gets <bdi>s.
    return html`<span title=${sentence} aria-hidden="true">${shown}</span><span class="visually-hidden">${bidiText(sentence)}</span>`;
  }

  /** After Retry brought the badge back: its link. */
  protected override focusTarget() {
    return this.renderRoot.querySelector<HTMLElement>('a.badge') ?? super.focusTarget();
  }

  protected renderPlaceholder() {
    return html`<span class="badge skeleton"></span>`;
  }
}

// Declared with the class, not the define module, so that type declarations
// reach every entry point: declaration files drop side-effect imports.
declare global {
  interface HTMLElementTagNameMap {
    'sp-velocity-badge': SpVelocityBadge;
  }
}
