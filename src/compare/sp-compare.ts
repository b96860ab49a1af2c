import { TaskStatus } from '@lit/task';
import { html, isServer, nothing, type PropertyValues } from 'lit';
import { loadComparison } from '../client/comparison.js';
import { baseStyles } from '../element/base.styles.js';
import { DEFAULT_HEADING_LEVEL, MAX_HEADING_LEVEL } from '../element/heading.js';
import { countWithin, listValue, propertyValue, rawAttribute, textValue, type Count } from '../element/values.js';
import { warnOnce } from '../page/shared.js';
import { compareHeightCss, DEFAULT_ALTERNATIVES, DEFAULT_LIMIT, MAX_ALTERNATIVES, MAX_LIMIT, MAX_LINES, type CompareShape } from '../page/geometry.js';
import { FixedBox } from '../element/fixed-box.js';
import { fixedBoxStyles } from '../element/fixed-box.styles.js';
import { logoTemplate } from '../element/logo.js';
import { NotTracked } from '../element/not-tracked.js';
import { SparkpulseElement } from '../element/sp-element.js';
import { nextTask } from '../element/next-task.js';
import { showsTimes, timePreparations } from '../element/time.js';
import { placeholderHeight, replacingPlaceholder } from '../element/box.js';
import { placeholderStyles } from '../element/placeholder.styles.js';
import { feedStyles } from '../feed/feed.styles.js';
import { registerFeedEnglish } from '../feed/feed.template.js';
import { alternatives } from '../model/alternatives.js';
import { feed } from '../model/feed.js';
import { comparisonFaq, type CompareData } from './comparison-faq.js';
import { isolate } from '../text/isolate.js';
import { enCompare } from '../text/catalogue/en-compare.js';
import { registerEnglish } from '../element/localize.js';
import { renderSection, SECTION_NAMES, SECTIONS, type Comparison, type SectionName } from './sections.js';
import { compareStyles } from './sp-compare.styles.js';

const isSection = (name: string): name is SectionName => (SECTION_NAMES as readonly string[]).includes(name);

/**
 * A full "A vs B" comparison, in the words of the site's own comparison page:
 * at a glance, what each product is, the editorial side-by-side, alternatives,
 * recent activity and an FAQ built from the data, every text whole; and, when
 * asked for, the page's header (`intro`).
 *
 * @summary Compares two products, e.g. `<sp-compare a="kafka" b="linkerd">`.
 * @tag sp-compare
 *
 * @attr {string} a - Slug of the first product, e.g. `kafka`.
 * @attr {string} b - Slug of the second product, e.g. `linkerd`.
 * @attr {string} [sections=glance whatis editorial alternatives activity faq] - Which sections to show, in this order, separated by spaces or commas: `intro` (the page's header, not shown unless named), `glance`, `whatis`, `editorial`, `alternatives`, `activity`, `faq`; an unknown name is skipped with a console warning.
 * @attr {string} [alternatives=3] - How many alternatives to list, in decimal digits, 0 to 20; a larger number is cut to 20, with a warning.
 * @attr {string} [limit=12] - How many activity items to show, in decimal digits, 0 to 200; a larger number is cut to 200, with a warning.
 * @attr {'1' | '2' | '3' | '4' | '5' | '6'} [heading-level=2] - The level of the section headings, so they fit the page's outline; the product names in the editorial cards are one level below.
 * @attr {string} [lines=0] - An opt-in fixed box, e.g. for a sidebar: holds each long text (headlines, summaries, the editorial blocks, the alternatives' intro, activity titles, FAQ answers) to this many lines, in decimal digits, 1 to 20, with a "Show more" button under each text that is cut. 0, the default, shows every text whole; a larger number is cut to 20, with a warning.
 *
 * @fires sp-load - The comparison has its data and has rendered it (`empty` is true when a product is not tracked).
 * @fires sp-error - A document could not be loaded; `error` says why.
 *
 * @csspart section - Every section.
 * @csspart intro - The header: "Comparison · DevOps", "A vs B" and a line on what follows (only when `sections` names it).
 * @csspart glance - The "A vs B: at a glance" table section.
 * @csspart whatis - The "What is A? / What is B?" section.
 * @csspart editorial - The editorial side-by-side section.
 * @csspart alternatives - The alternatives section.
 * @csspart activity - The recent activity section.
 * @csspart faq - The "Frequently asked questions" section.
 * @csspart loading - The placeholder shown while loading, as tall as the loader's estimate.
 * @csspart empty - The "not tracked" message.
 * @csspart error - The error message and its Retry button.
 * @csspart retry - The Retry button.
 * @csspart fallback - Around the page's fallback content in the error state.
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
  static override styles = [baseStyles, placeholderStyles, feedStyles, compareStyles, fixedBoxStyles];

  static override properties = {
    a: { converter: rawAttribute },
    b: { converter: rawAttribute },
    sections: { converter: rawAttribute },
    alternatives: { converter: rawAttribute },
    limit: { converter: rawAttribute },
    headingLevel: { attribute: 'heading-level', converter: rawAttribute },
    lines: { converter: rawAttribute },
    failedLogos: { state: true },
  };

  #a = '';
  #b = '';
  #sections: string[] = [...SECTIONS];
  #alternatives = DEFAULT_ALTERNATIVES;
  #limit = DEFAULT_LIMIT;

  /** Slug of the first product, e.g. `kafka`. */
  get a(): string {
    return this.#a;
  }
  set a(value: string) {
    this.#a = propertyValue(this, 'a', value, textValue, '', 'a product slug');
  }

  /** Slug of the second product, e.g. `linkerd`. */
  get b(): string {
    return this.#b;
  }
  set b(value: string) {
    this.#b = propertyValue(this, 'b', value, textValue, '', 'a product slug');
  }

  /**
   * Which sections to show, in order, separated by spaces or commas:
   * `glance whatis editorial alternatives activity faq` by default, and
   * `intro` when named. A list works too.
   */
  get sections(): string[] {
    return this.#sections;
  }
  set sections(value: string | readonly string[]) {
    this.#sections = propertyValue(this, 'sections', value, listValue, [...SECTIONS], 'section names');
  }

  /** How many alternatives to list, 0 to 20. */
  get alternatives(): number {
    return this.#alternatives;
  }
  set alternatives(value: Count) {
    this.#alternatives = countWithin(this, 'alternatives', value, DEFAULT_ALTERNATIVES, MAX_ALTERNATIVES);
  }

  /** How many activity items to show, 0 to 200. */
  get limit(): number {
    return this.#limit;
  }
  set limit(value: Count) {
    this.#limit = countWithin(this, 'limit', value, DEFAULT_LIMIT, MAX_LIMIT);
  }

  #headingLevel = DEFAULT_HEADING_LEVEL;
  #lines = 0;

  /** The long texts held to `lines`, and their buttons. */
  readonly #box = new FixedBox(this);

  constructor() {
    super();
    // The comparison's own English words come with its code, not with every widget's.
    registerEnglish(enCompare);
    registerFeedEnglish();
  }

  /** The level of the sections' headings, 1 to 6, so they fit the host page's outline; sub-headings are one below. */
  get headingLevel(): number {
    return this.#headingLevel;
  }
  set headingLevel(value: Count) {
    this.#headingLevel = Math.max(1, countWithin(this, 'headingLevel', value, DEFAULT_HEADING_LEVEL, MAX_HEADING_LEVEL));
  }

  /** Holds each long text to this many lines, 1 to 20, with a "Show more" button where one is cut; 0, the default: every text whole. */
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

  protected override preparations() {
    return [...super.preparations(), ...timePreparations(() => this.words.lang), () => this.words.list([]), () => this.words.items([])];
  }

  /** "Retry loading the comparison of kafka and linkerd". */
  protected retryLabel(): string {
    return this.words.t('retryCompare', { a: isolate(this.a), b: isolate(this.b) });
  }

  /** The comparison is a region, named after its products: "Apache Kafka vs Linkerd". */
  protected override regionName(): string {
    const value = this.data.value ?? this.prerendered;
    const [a, b] = value && !(value instanceof NotTracked) ? [value.a.name, value.b.name] : [this.a, this.b];
    return this.words.t('comparison', { a: isolate(a), b: isolate(b) });
  }

  /** Logo URLs that did not load; their products show initials instead. */
  private failedLogos = new Set<string>();

  /**
   * How many sections are built. The first data is built one section per
   * task, out of sight behind the placeholder, so no task renders the whole
   * comparison; once all are built, they replace the placeholder in one
   * frame, so nothing on the page moves more than once. Later data is
   * rendered all at once.
   */
  #shown = 0;
  #allShown: Promise<void> = Promise.resolve();
  #whenAllShown?: () => void;
  /** The comparison last derived, and what it was derived from. */
  #derived?: { from: unknown[]; comparison: Comparison };

  private logoFailed(url: string): void {
    this.failedLogos = new Set(this.failedLogos).add(url);
  }

  protected dataKey() {
    return [this.a, this.b];
  }

  protected async load(endpoint: string, signal: AbortSignal) {
    const { a, b } = this;
    const misnamed = this.misnamed();
    if (misnamed) {
      warnOnce(`<${this.localName}> compares two different products, named in a and b; it has a="${a}" b="${b}".`);
      return new NotTracked([], misnamed);
    }
    const data = await loadComparison(this.client, endpoint, a, b, signal);
    return Array.isArray(data) ? new NotTracked(data) : data;
  }

  /** Why `a` and `b` make no comparison, asking nothing of the endpoint: one is missing, or both are the same. */
  private misnamed(): NotTracked['sentence'] {
    const { a, b } = this;
    if (a && a === b) return { key: 'sameProduct', values: { product: isolate(a) } };
    if (a && !b) return { key: 'missingProduct', values: { product: isolate(a), attribute: 'b' } };
    if (b && !a) return { key: 'missingProduct', values: { product: isolate(b), attribute: 'a' } };
    return undefined;
  }

  /** The comparison for `data`, derived again only when the data or an attribute it depends on changed. */
  private comparisonOf(data: CompareData): Comparison {
    const from = [data, this.alternatives, this.limit, this.sections, this.failedLogos, this.words, this.headingLevel];
    if (this.#derived?.from.every((value, i) => value === from[i])) return this.#derived.comparison;
    this.#derived = { from, comparison: this.comparison(data) };
    return this.#derived.comparison;
  }

  private comparison(data: CompareData): Comparison {
    const { site, a, b, candidates, language } = data;
    return {
      site,
      a,
      b,
      alternatives: alternatives(candidates, [a.sector, b.sector], [a.slug, b.slug], this.alternatives),
      faq: comparisonFaq(data, this.alternatives, this.words, this.chosenSections()),
      activity: feed([a, b], { limit: this.limit }),
      words: this.words,
      dataLang: language,
      level: this.headingLevel,
      alternativesWanted: this.alternatives,
      logo: (p) => logoTemplate(p.name, p.logo, this.failedLogos.has(p.logo!), () => this.logoFailed(p.logo!)),
      long: (key, content, what) => this.#box.text(key, content, this.words, what),
    };
  }

  private chosenSections(): SectionName[] {
    const chosen: SectionName[] = [];
    for (const name of this.sections) {
      if (isSection(name)) chosen.push(name);
      else warnOnce(`<${this.localName}> has no section "${name}"; known sections: ${SECTION_NAMES.join(' ')}`);
    }
    return chosen;
  }

  /** What decides the comparison's height, as the loader reads it from the attributes. */
  private shape(): CompareShape {
    return { sections: this.chosenSections(), alternatives: this.alternatives, limit: this.limit, lines: this.lines };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.data.status === TaskStatus.COMPLETE ? this.data.value : this.prerendered;
    const loaded = value !== undefined && !(value instanceof NotTracked);
    if (!loaded) this.#shown = 0;
    else if (this.#shown === 0) {
      // On the server there are no tasks to spread the work over, and over a
      // server's rendering the reader already sees it all: all at once.
      this.#shown = isServer || this.renderedElsewhere ? Infinity : 1;
      this.#allShown = new Promise((resolve) => (this.#whenAllShown = resolve));
    }
  }

  /** The update that shows the last section, and with it every section, settles out of sight. */
  protected override update(changed: PropertyValues<this>): void {
    replacingPlaceholder(this, () => super.update(changed), this.#shown >= this.chosenSections().length);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.#shown === 0) return;
    if (this.#shown >= this.shape().sections.length) {
      this.#shown = Infinity;
      this.#whenAllShown?.();
      return;
    }
    const value = this.data.value;
    void nextTask().then(() => {
      if (this.data.value !== value || this.#shown === 0) return;
      this.#shown += 1;
      this.requestUpdate();
    });
  }

  /** The comparison has rendered when its last section has. */
  protected override async renderComplete(): Promise<void> {
    await super.renderComplete();
    await this.#allShown;
  }

  /**
   * The sections built so far; until all are, they wait out of sight, laid
   * out at their width, behind the placeholder, which stays where it is.
   */
  protected renderLoaded(data: CompareData) {
    const comparison = this.comparisonOf(data);
    const sections = this.chosenSections();
    const built = sections.slice(0, this.#shown).map((name) => renderSection[name](comparison));
    // One template whether building or built, so the built sections stay the same nodes when they show.
    const building = this.#shown < sections.length;
    return html`${building ? this.renderLoading() : nothing}
      <div class=${building ? 'sections sections--building' : 'sections'} aria-hidden=${building ? 'true' : nothing}>${built}</div>`;
  }

  /** The box the loader reserved, exactly: the comparison's estimated height for these attributes at this width. */
  protected renderPlaceholder() {
    return html`<div class="placeholder" style=${placeholderHeight(compareHeightCss(this.shape()))}></div>`;
  }
}

// Declared with the class, not the define module, so that type declarations
// reach every entry point: declaration files drop side-effect imports.
declare global {
  interface HTMLElementTagNameMap {
    'sp-compare': SpCompare;
  }
}
