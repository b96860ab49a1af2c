import { TaskStatus } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { loadActivity, pagesWanted, type TimelineActivity } from '../client/activity.js';
import { baseStyles } from '../element/base.styles.js';
import { countWithin, flagValue, listValue, propertyValue, rawAttribute, type Count } from '../element/values.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_LINES, timelineHeightCss, timelineRows } from '../page/geometry.js';
import { FixedBox } from '../element/fixed-box.js';
import { fixedBoxStyles } from '../element/fixed-box.styles.js';
import { warnOnce } from '../page/shared.js';
import { NotTracked } from '../element/not-tracked.js';
import { SparkpulseElement } from '../element/sp-element.js';
import { showsTimes, timePreparations } from '../element/time.js';
import { placeholderHeight, replacingPlaceholder } from '../element/box.js';
import { placeholderStyles } from '../element/placeholder.styles.js';
import { feedTemplate, registerFeedEnglish } from '../feed/feed.template.js';
import { feedStyles } from '../feed/feed.styles.js';
import { feed } from '../model/feed.js';
import { DEFAULT_HEADING_LEVEL, heading, MAX_HEADING_LEVEL } from '../element/heading.js';
import { isolate } from '../text/isolate.js';
import { bidiText } from '../element/bidi.js';
import { timelineStyles } from './sp-timeline.styles.js';

/** Most products one timeline follows: each is a request. */
export const MAX_PRODUCTS = 20;

/** The products' activity, as far as the feed needs it, and the slugs that are not tracked. */
type TimelineData = TimelineActivity;

/**
 * The recent activity of one or more products, interleaved, newest first.
 *
 * @summary An activity feed, e.g. `<sp-timeline products="kafka,linkerd">`.
 * @tag sp-timeline
 *
 * @attr {string} products - Product slugs, separated by commas or spaces, e.g. `kafka,linkerd`; at most 20, each being one request (the rest are left out, with a warning).
 * @attr {string} [limit=12] - How many items to show at most, in decimal digits, 0 to 200; a larger number is cut to 200, with a warning.
 * @attr {boolean} sparks-only - Show only editorial sparks (⚡); `sparks-only="false"` is off, like no attribute.
 * @attr {'1' | '2' | '3' | '4' | '5' | '6'} [heading-level=2] - The level of the feed's heading, which is for assistive technology only.
 * @attr {string} [lines=0] - An opt-in fixed box, e.g. for a sidebar: holds each activity title to this many lines, in decimal digits, 1 to 20, with a "Show more" button under each title that is cut. 0, the default, shows every title whole; a larger number is cut to 20, with a warning.
 *
 * @fires sp-load - The feed has its data and has rendered it (`empty` is true when no product is tracked).
 * @fires sp-error - A page of activity (or a product document) could not be loaded; `error` says why.
 *
 * @csspart feed - The list of activity items.
 * @csspart untracked - The note naming products that are not tracked.
 * @csspart loading - The placeholder shown while loading.
 * @csspart empty - The "not tracked" message.
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 * @csspart fallback - Around the page's fallback content in the error state.
 *
 * @cssproperty --sp-color-text - Text colour.
 * @cssproperty --sp-color-muted - Colour of times and product names.
 * @cssproperty --sp-color-bg - Background.
 * @cssproperty --sp-color-border - Lines between items.
 * @cssproperty --sp-color-accent - Link colour.
 * @cssproperty --sp-color-spark - Colour of the ⚡ spark mark.
 * @cssproperty --sp-space - Padding.
 */
export class SpTimeline extends SparkpulseElement<TimelineData> {
  static override styles = [baseStyles, placeholderStyles, feedStyles, timelineStyles, fixedBoxStyles];

  static override properties = {
    products: { converter: rawAttribute },
    limit: { converter: rawAttribute },
    sparksOnly: { attribute: 'sparks-only', converter: rawAttribute },
    headingLevel: { attribute: 'heading-level', converter: rawAttribute },
    lines: { converter: rawAttribute },
  };

  #products: string[] = [];
  #limit = DEFAULT_LIMIT;
  #sparksOnly = false;

  /** Product slugs, separated by commas or spaces, e.g. `kafka,linkerd`, or a list; at most 20. */
  get products(): string[] {
    return this.#products;
  }
  set products(value: string | readonly string[]) {
    const slugs = propertyValue(this, 'products', value, listValue, [], 'product slugs');
    if (slugs.length > MAX_PRODUCTS) {
      warnOnce(`<${this.localName}> products: ${slugs.length} given; only the first ${MAX_PRODUCTS} are shown.`);
    }
    this.#products = slugs.slice(0, MAX_PRODUCTS);
  }

  /** How many items to show at most, 0 to 200. */
  get limit(): number {
    return this.#limit;
  }
  set limit(value: Count) {
    this.#limit = countWithin(this, 'limit', value, DEFAULT_LIMIT, MAX_LIMIT);
  }

  /** Show only editorial sparks (⚡). */
  get sparksOnly(): boolean {
    return this.#sparksOnly;
  }
  set sparksOnly(value: boolean | string) {
    this.#sparksOnly = propertyValue(this, 'sparksOnly', value, flagValue('sparks-only'), false, 'true or false');
  }

  #headingLevel = DEFAULT_HEADING_LEVEL;
  #lines = 0;

  /** The titles held to `lines`, and their buttons. */
  readonly #box = new FixedBox(this);

  constructor() {
    super();
    // The feed's English words come with its code, not with every widget's.
    registerFeedEnglish();
  }

  /** The level of the feed's heading (read by assistive technology, not shown), 1 to 6. */
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(value: Count) {
    this.#headingLevel = Math.max(1, countWithin(this, 'headingLevel', value, DEFAULT_HEADING_LEVEL, MAX_HEADING_LEVEL));
  }

  /** Holds each activity title to this many lines, 1 to 20, with a "Show more" button where one is cut; 0, the default: every title whole. */
  get lines(): number {
    return this.#lines;
  }
  set lines(value: Count) {
    this.#lines = countWithin(this, 'lines', value, 0, MAX_LINES);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unwatch.push(showsTimes(this));
  }

  /** What the data loaded last was asked to hold, and how many times it was asked for more. */
  #asked = { limit: -1, sparksOnly: false, more: 0 };

  /**
   * The products, and a count that goes up when a larger `limit` or another
   * `sparks-only` needs pages the data does not have. A smaller limit, or
   * data that already holds the new feed (every item of a product document,
   * pages enough), shows at once, without a load.
   */
  protected dataKey() {
    const { limit, sparksOnly } = this;
    const asked = this.#asked;
    const value = this.data?.value;
    const holds =
      (limit <= asked.limit && sparksOnly === asked.sparksOnly) ||
      (value !== undefined && !(value instanceof NotTracked) && pagesWanted(value.products, { limit, sparksOnly }).size === 0);
    if (!holds) this.#asked = { limit, sparksOnly, more: asked.more + 1 };
    return [this.products.join(' '), this.#asked.more];
  }

  protected async load(endpoint: string, signal: AbortSignal) {
    const { limit, sparksOnly } = this;
    this.#asked = { ...this.#asked, limit, sparksOnly };
    const data = await loadActivity(this.client, endpoint, [...new Set(this.products)], { limit, sparksOnly }, signal);
    return data.products.length === 0 ? new NotTracked(data.untracked) : data;
  }

  protected override preparations() {
    return [...super.preparations(), ...timePreparations(() => this.words.lang)];
  }

  /** "Retry loading the activity of kafka and linkerd". */
  protected retryLabel(): string {
    return this.words.t('retryTimeline', { products: this.words.list(this.products.map(isolate)) });
  }

  /** The update that shows the data settles out of sight. */
  protected override update(changed: PropertyValues<this>): void {
    replacingPlaceholder(this, () => super.update(changed), this.data.status === TaskStatus.COMPLETE);
  }

  protected renderLoaded({ products, untracked }: TimelineData) {
    const words = this.words;
    const items = feed(products, { limit: this.limit, sparksOnly: this.sparksOnly });
    const label = words.t('recentActivity');
    return html`<div part="feed" class="timeline">
        ${heading(this.headingLevel, 'visually-hidden', label)}
        ${feedTemplate(items, words, label, products[0].language, (i, title, product) => this.#box.text(`feed-${i}`, title, words, product))}
      </div>
      ${untracked.length > 0
        ? html`<p part="untracked" class="untracked">
            ${bidiText(words.t('notTracked', { count: untracked.length, names: words.list(untracked.map(isolate)) }))}
          </p>`
        : null}`;
  }

  /** The box the loader reserved: the feed's estimated height for this limit and these products, in its frame. */
  protected renderPlaceholder() {
    const rows = timelineRows(this.limit, new Set(this.products).size);
    return html`<div class="placeholder timeline--placeholder" style=${placeholderHeight(timelineHeightCss(rows, this.lines))}></div>`;
  }
}

// Declared with the class, not the define module, so that type declarations
// reach every entry point: declaration files drop side-effect imports.
declare global {
  interface HTMLElementTagNameMap {
    'sp-timeline': SpTimeline;
  }
}
