import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { loadIndex, resolveEndpoint, sharedClient } from '../client/index.js';
import { SpVelocityBadge } from '../badge/sp-velocity-badge.js';
import { SpCompare } from '../compare/sp-compare.js';
import { SECTIONS, type Section } from '../compare/section-names.js';
import type { Index } from '../contract/types.js';
import { define } from '../define.js';
import { THEMES, type Theme } from '../element/sp-element.js';
import { countValue } from '../element/values.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../page/geometry.js';
import { MAX_PRODUCTS, SpTimeline } from '../timeline/sp-timeline.js';
import { ProductPicker } from './product-picker.js';
import {
  allSnippets,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_LOADER,
  elementAttributes,
  isComplete,
  LINE_BREAK,
  showsActivity,
  SNIPPETS,
  TAG_ENDINGS,
  WIDGETS,
  type Attribute,
  type EmbedOptions,
  type SnippetKind,
  type Widget,
} from './snippets.js';
import { builderStyles } from './sp-embed-builder.styles.js';
import { words } from './words.js';

/** What the reader chose, apart from where the data and the code come from. */
interface Choices extends Omit<EmbedOptions, 'sections' | 'endpoint' | 'loader'> {
  /** Every section, in the chosen order. */
  order: readonly Section[];
  /** The sections that are ticked. */
  shown: readonly Section[];
}

const SUFFIX = '-embed-builder';
/** The prefix a builder's name gives the widgets it previews: `acme-embed-builder` previews `acme-compare`. */
const prefixOf = (name: string) => (name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : 'sp');
/** Options often change in bursts (typing a limit): the preview waits for a pause. */
const PREVIEW_DELAY_MS = 250;
/** How long "Copied" stays. */
const COPIED_MS = 5_000;

/** The `sparkpulse.js` this page loaded, if it did: the builder most likely came through it. */
function pageLoader(): string | undefined {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (URL.canParse(script.src) && new URL(script.src).pathname.endsWith('/sparkpulse.js')) return script.src;
  }
  return undefined;
}

/**
 * Builds the code that embeds a widget, with a live preview: pick the widget
 * and its products from the endpoint's index, its sections, theme, limit and
 * lazy loading, then copy the script-tag HTML, the React or Vue code, or a
 * Markdown or shields.io badge. The preview is the real widget, reading the
 * same endpoint through the page's shared data client; its `sp-load` and
 * `sp-error` bubble out of the builder as they would out of any page.
 *
 * @summary A form that writes embed snippets, e.g. `<sp-embed-builder endpoint="https://data.example.com/v1/">`.
 * @tag sp-embed-builder
 *
 * @attr {string} endpoint - The endpoint to read products from and to name in the snippets; a relative URL resolves against the page. Without it, the page's `<meta name="sparkpulse:endpoint">`, else the built-in default.
 * @attr {string} loader - The URL the snippets load `sparkpulse.js` from. Without it, the `sparkpulse.js` this page loaded, else the README's placeholder.
 *
 * @csspart base - The builder's layout: the options, the preview and the snippets.
 * @csspart preview - The box that holds the previewed widget.
 */
export class SpEmbedBuilder extends LitElement {
  static override styles = builderStyles;

  /**
   * Registers the builder as `name`, and the widgets it previews under the
   * same prefix (`acme-embed-builder` previews `<acme-compare>`). Never throws.
   */
  static define(name: string): void {
    const prefix = prefixOf(name);
    // Not defineAll(): its prefix rule would join the chunk every widget page fetches.
    SpCompare.define(`${prefix}-${TAG_ENDINGS.compare}`);
    SpTimeline.define(`${prefix}-${TAG_ENDINGS.timeline}`);
    SpVelocityBadge.define(`${prefix}-${TAG_ENDINGS.badge}`);
    define(name, this);
  }

  static override properties = {
    endpoint: {},
    loader: {},
    choices: { state: true },
    endpointText: { state: true },
    limitText: { state: true },
    copied: { state: true },
    loaderText: { state: true },
    announcement: { state: true },
  };

  /** The endpoint to start from. Defaults to the page's `<meta name="sparkpulse:endpoint">`, then the built-in default. */
  endpoint?: string;

  /** The URL the snippets load `sparkpulse.js` from. Defaults to the one this page loaded, if any, else a placeholder. */
  loader?: string;

  private choices: Choices = {
    widget: 'compare',
    a: '',
    b: '',
    products: [],
    product: '',
    order: SECTIONS,
    shown: SECTIONS,
    limit: DEFAULT_LIMIT,
    sparksOnly: false,
    headingLevel: DEFAULT_HEADING_LEVEL,
    theme: 'light',
    lazy: false,
  };

  /** The endpoint field as typed; #endpoint is what it resolved to, if it did. */
  private endpointText = '';
  #endpoint?: string;
  /** The loader field as typed; an empty field writes the default. */
  private loaderText = '';
  private limitText = String(DEFAULT_LIMIT);
  private copied: Partial<Record<SnippetKind, string>> = {};
  private announcement = '';

  #snippets?: Record<SnippetKind, string>;
  #previewKey?: string;
  #previewTimer?: ReturnType<typeof setTimeout>;
  #copiedTimers = new Map<SnippetKind, ReturnType<typeof setTimeout>>();

  readonly #index = new Task(this, {
    args: () => [this.#endpoint] as const,
    task: async ([endpoint], { signal }) => {
      if (!endpoint) return initialState;
      const index = await loadIndex(sharedClient(), endpoint, signal);
      this.#adopt(index);
      return index;
    },
  });

  readonly #pickers = {
    a: this.#picker('pick-a', words.productA, () => [this.choices.a], (slug) => this.#chooseForComparison('a', slug)),
    b: this.#picker('pick-b', words.productB, () => [this.choices.b], (slug) => this.#chooseForComparison('b', slug)),
    timeline: this.#picker('pick-timeline', words.timelineProducts, () => this.choices.products, (slug) => this.#toggleProduct(slug), true),
    badge: this.#picker('pick-badge', words.badgeProduct, () => [this.choices.product], (product) => this.#choose({ product })),
  };

  #picker(id: string, label: string, chosen: () => readonly string[], choose: (slug: string) => void, multiple = false) {
    const index = () => this.#loadedIndex;
    return new ProductPicker(this, {
      id,
      label,
      multiple,
      chosen,
      choose,
      products: () => index()?.products ?? [],
      language: () => index()?.language ?? 'en',
    });
  }

  /** The endpoint's index, once loaded; none while another is on its way or after a failure. */
  get #loadedIndex(): Index | undefined {
    return this.#index.status === TaskStatus.COMPLETE ? this.#index.value : undefined;
  }

  /** `acme` for `<acme-embed-builder>`: its previews are `<acme-compare>` and the like. */
  get #prefix(): string {
    return prefixOf(this.localName);
  }

  /** The options the snippets and the preview are written from; none until the endpoint is valid. */
  get #options(): EmbedOptions | undefined {
    if (!this.#endpoint) return undefined;
    const { order, shown, ...rest } = this.choices;
    return { ...rest, sections: order.filter((section) => shown.includes(section)), endpoint: this.#endpoint, loader: this.loaderText.trim() || DEFAULT_LOADER };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: a preview that was waiting is shown now.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
    this.#copiedTimers.forEach(clearTimeout);
    this.#previewKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || !this.hasUpdated) this.#useEndpoint(this.endpoint);
    if (changed.has('loader') || !this.hasUpdated) this.loaderText = this.loader?.trim() || pageLoader() || DEFAULT_LOADER;
    const options = this.#options;
    const index = this.#loadedIndex;
    this.#snippets = options && index && isComplete(options) ? allSnippets(options, index) : undefined;
  }

  protected override updated(): void {
    this.#schedulePreview();
  }

  /** The attribute, the field or the page's meta tag: what the builder reads and the snippets name. */
  #useEndpoint(value: string | undefined): void {
    try {
      this.#endpoint = resolveEndpoint(value);
      this.endpointText = this.#endpoint;
    } catch {
      this.#endpoint = undefined;
      this.endpointText = value ?? '';
    }
    this.requestUpdate();
  }

  /** Keeps the choices that the new index still lists, and fills the rest from its first products. */
  #adopt(index: Index): void {
    const slugs = index.products.map((product) => product.slug);
    const listed = (slug: string) => slugs.includes(slug);
    const { a, b, products, product } = this.choices;
    const newA = listed(a) ? a : (slugs.find((slug) => slug !== b) ?? '');
    const newB = listed(b) && b !== newA ? b : (slugs.find((slug) => slug !== newA) ?? '');
    const kept = products.filter(listed);
    this.choices = {
      ...this.choices,
      a: newA,
      b: newB,
      products: kept.length > 0 ? kept : slugs.slice(0, 1),
      product: listed(product) ? product : (slugs[0] ?? ''),
    };
  }

  #choose(changes: Partial<Choices>): void {
    this.choices = { ...this.choices, ...changes };
  }

  #nameOf(slug: string): string {
    return this.#loadedIndex?.products.find((product) => product.slug === slug)?.name ?? slug;
  }

  /** A comparison always has two products: choosing the other side's swaps them. */
  #chooseForComparison(side: 'a' | 'b', slug: string): void {
    const other = side === 'a' ? 'b' : 'a';
    if (slug !== this.choices[other]) return this.#choose({ [side]: slug });
    this.#choose({ [side]: slug, [other]: this.choices[side] });
    void this.#announce(words.swapped(this.#nameOf(this.choices.a), this.#nameOf(this.choices.b)));
  }

  #toggleProduct(slug: string): void {
    const { products } = this.choices;
    const name = this.#nameOf(slug);
    if (products.includes(slug)) {
      if (products.length === 1) return void this.#announce(words.needsOneProduct);
      this.#choose({ products: products.filter((chosen) => chosen !== slug) });
      return void this.#announce(words.removed(name));
    }
    if (products.length >= MAX_PRODUCTS) return void this.#announce(words.tooManyProducts(MAX_PRODUCTS));
    this.#choose({ products: [...products, slug] });
    void this.#announce(words.added(name));
  }

  /** Said once, politely; the same words twice are said twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  #toggleSection(section: Section, input: HTMLInputElement): void {
    const { shown } = this.choices;
    if (input.checked) return this.#choose({ shown: [...shown, section] });
    if (shown.length === 1) {
      input.checked = true;
      return void this.#announce(words.needsOneSection);
    }
    this.#choose({ shown: shown.filter((kept) => kept !== section) });
  }

  /** Moves a section and keeps the focus on it: on the same button, or the other one at either end. */
  async #moveSection(section: Section, step: -1 | 1): Promise<void> {
    const order = [...this.choices.order];
    const from = order.indexOf(section);
    const to = from + step;
    if (to < 0 || to >= order.length) return;
    order.splice(from, 1);
    order.splice(to, 0, section);
    this.#choose({ order });
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-section="${section}"]`)];
    const same = step < 0 ? 'up' : 'down';
    (buttons.find((button) => button.dataset.move === same && !button.disabled) ?? buttons.find((button) => !button.disabled))?.focus();
    void this.#announce(words.moved(words.sections[section], to + 1, order.length));
  }

  #onLimit(input: HTMLInputElement): void {
    this.limitText = input.value;
    const limit = countValue(input.value);
    if (limit !== undefined && limit <= MAX_LIMIT) this.#choose({ limit });
  }

  get #limitInvalid(): boolean {
    const limit = countValue(this.limitText);
    return limit === undefined || limit > MAX_LIMIT;
  }

  async #copy(kind: SnippetKind): Promise<void> {
    const text = this.#snippets?.[kind];
    if (text === undefined) return;
    clearTimeout(this.#copiedTimers.get(kind));
    // Cleared first, so copying twice is announced twice.
    this.copied = { ...this.copied, [kind]: '' };
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { ...this.copied, [kind]: words.copied };
      this.#copiedTimers.set(kind, setTimeout(() => (this.copied = { ...this.copied, [kind]: '' }), COPIED_MS));
    } catch {
      // Refused (no permission, no focus, no secure context): the reader copies it themselves.
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      area?.focus();
      area?.select();
      this.copied = { ...this.copied, [kind]: words.copyRefused };
    }
  }

  /**
   * Puts the widget the options describe into the preview, a moment after the
   * last change: a new element, so it loads (from the client's memory) and
   * fires sp-load anew. The first preview shows at once.
   */
  #schedulePreview(): void {
    const options = this.#options;
    const attributes: Attribute[] | undefined =
      options && this.#snippets ? [...elementAttributes(options), ['endpoint', options.endpoint]] : undefined;
    const key = attributes ? JSON.stringify([options!.widget, attributes]) : '';
    if (key === this.#previewKey) return;
    this.#previewKey = key;
    clearTimeout(this.#previewTimer);
    const stage = this.renderRoot.querySelector('.preview');
    if (!stage) return;
    const first = !stage.firstElementChild;
    this.#previewTimer = setTimeout(
      () => {
        if (!attributes) return stage.replaceChildren();
        const widget = document.createElement(`${this.#prefix}-${TAG_ENDINGS[options!.widget]}`);
        for (const [name, value] of attributes) widget.setAttribute(name, value === true ? '' : value);
        stage.replaceChildren(widget);
      },
      first ? 0 : PREVIEW_DELAY_MS,
    );
  }

  protected override render() {
    const { widget } = this.choices;
    return html`<div class="builder" part="base" lang="en">
      <form class="builder__options" aria-labelledby="options-heading" @submit=${(event: Event) => event.preventDefault()}>
        <h2 id="options-heading" class="visually-hidden">${words.builderName}</h2>
        ${this.#renderWidgetField()} ${this.#renderProductsField()} ${widget === 'compare' ? this.#renderSectionsField() : nothing}
        ${this.#renderDisplayField()} ${this.#renderSourcesField()}
      </form>
      <section class="builder__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" class="heading">${words.previewHeading}</h2>
        ${this.#snippets ? nothing : html`<p class="hint">${words.previewWaiting}</p>`}
        <div class="preview" part="preview"></div>
      </section>
      <section class="builder__snippets" aria-labelledby="snippets-heading">
        <h2 id="snippets-heading" class="heading">${words.snippetsHeading}</h2>
        ${this.#snippets ? SNIPPETS.map((kind) => this.#renderSnippet(kind, this.#snippets![kind])) : nothing}
      </section>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  #renderWidgetField() {
    return html`<fieldset class="field">
      <legend>${words.widgetLegend}</legend>
      ${WIDGETS.map(
        (widget) => html`<div class="choice">
          <input
            type="radio"
            name="widget"
            id="widget-${widget}"
            .checked=${this.choices.widget === widget}
            aria-describedby="widget-${widget}-hint"
            @change=${() => this.#choose({ widget })}
          />
          <label for="widget-${widget}">${words.widgets[widget].label}</label>
          <p id="widget-${widget}-hint" class="hint">${words.widgets[widget].hint}</p>
        </div>`,
      )}
    </fieldset>`;
  }

  #renderProductsField() {
    const pickers: Record<Widget, ProductPicker[]> = {
      compare: [this.#pickers.a, this.#pickers.b],
      timeline: [this.#pickers.timeline],
      badge: [this.#pickers.badge],
    };
    return html`<fieldset class="field">
      <legend>${words.productsLegend}</legend>
      ${this.#index.render({
        pending: () => html`<p class="hint" role="status">${words.loadingProducts}</p>`,
        complete: (index) =>
          index.products.length === 0
            ? html`<p class="hint">${words.noProducts}</p>`
            : pickers[this.choices.widget].map((picker) => picker.render()),
        error: (error) => html`<p class="error">${words.productsFailed(error instanceof Error ? error.message : String(error))}</p>
          <button type="button" class="button" @click=${() => this.#index.run()}>${words.retry}</button>`,
      })}
    </fieldset>`;
  }

  #renderSectionsField() {
    const { order, shown } = this.choices;
    return html`<fieldset class="field" aria-describedby="sections-hint">
      <legend>${words.sectionsLegend}</legend>
      <p id="sections-hint" class="hint">${words.sectionsHint}</p>
      <ol class="sections">
        ${order.map(
          (section, i) => html`<li class="sections__item">
            <input type="checkbox" id="section-${section}" .checked=${shown.includes(section)} @change=${(event: Event) =>
              this.#toggleSection(section, event.target as HTMLInputElement)} />
            <label for="section-${section}">${words.sections[section]}</label>
            <span class="sections__moves">
              ${this.#renderMove(section, 'up', i === 0)} ${this.#renderMove(section, 'down', i === order.length - 1)}
            </span>
          </li>`,
        )}
      </ol>
    </fieldset>`;
  }

  #renderMove(section: Section, move: 'up' | 'down', atEnd: boolean) {
    const name = words.sections[section];
    return html`<button
      type="button"
      class="button button--small"
      data-section=${section}
      data-move=${move}
      aria-label=${move === 'up' ? words.moveUp(name) : words.moveDown(name)}
      ?disabled=${atEnd}
      @click=${() => this.#moveSection(section, move === 'up' ? -1 : 1)}
    >
      <span aria-hidden="true">${move === 'up' ? '↑' : '↓'}</span> ${move === 'up' ? words.up : words.down}
    </button>`;
  }

  #renderDisplayField() {
    const options = this.#options;
    const { widget, theme, sparksOnly, headingLevel, lazy } = this.choices;
    const invalid = this.#limitInvalid;
    return html`<fieldset class="field">
      <legend>${words.displayLegend}</legend>
      <fieldset class="field field--inner">
        <legend>${words.themeLegend}</legend>
        ${THEMES.map(
          (value: Theme) => html`<div class="choice">
            <input type="radio" name="theme" id="theme-${value}" .checked=${theme === value} @change=${() => this.#choose({ theme: value })} />
            <label for="theme-${value}">${words.themes[value]}</label>
          </div>`,
        )}
      </fieldset>
      ${options && showsActivity(options)
        ? html`<div class="control">
            <label for="limit">${words.limit}</label>
            <input
              id="limit"
              class="input input--short"
              type="number"
              inputmode="numeric"
              min="0"
              max=${MAX_LIMIT}
              step="1"
              .value=${this.limitText}
              aria-invalid=${invalid ? 'true' : nothing}
              aria-describedby=${invalid ? 'limit-error' : nothing}
              @input=${(event: Event) => this.#onLimit(event.target as HTMLInputElement)}
            />
            ${invalid ? html`<p id="limit-error" class="error">${words.limitInvalid(MAX_LIMIT)}</p>` : nothing}
          </div>`
        : nothing}
      ${widget === 'timeline'
        ? html`<div class="choice">
            <input type="checkbox" id="sparks-only" .checked=${sparksOnly} @change=${(event: Event) =>
              this.#choose({ sparksOnly: (event.target as HTMLInputElement).checked })} />
            <label for="sparks-only">${words.sparksOnly}</label>
          </div>`
        : nothing}
      ${widget === 'badge'
        ? nothing
        : html`<div class="control">
            <label for="heading-level">${words.headingLevel}</label>
            <select id="heading-level" class="input input--short" aria-describedby="heading-level-hint" @change=${(event: Event) =>
              this.#choose({ headingLevel: Number((event.target as HTMLSelectElement).value) })}>
              ${[1, 2, 3, 4, 5, 6].map((level) => html`<option value=${level} ?selected=${level === headingLevel}>${level}</option>`)}
            </select>
            <p id="heading-level-hint" class="hint">${words.headingLevelHint}</p>
          </div>`}
      <div class="choice">
        <input type="checkbox" id="lazy" .checked=${lazy} @change=${(event: Event) => this.#choose({ lazy: (event.target as HTMLInputElement).checked })} />
        <label for="lazy">${words.lazy}</label>
      </div>
    </fieldset>`;
  }

  #renderSourcesField() {
    const invalid = this.#endpoint === undefined;
    return html`<fieldset class="field">
      <legend>${words.sourcesLegend}</legend>
      <div class="control">
        <label for="endpoint">${words.endpoint}</label>
        <input
          id="endpoint"
          class="input"
          type="url"
          spellcheck="false"
          .value=${this.endpointText}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? 'endpoint-error' : nothing}
          @change=${(event: Event) => this.#useEndpoint((event.target as HTMLInputElement).value)}
        />
        ${invalid ? html`<p id="endpoint-error" class="error">${words.endpointInvalid}</p>` : nothing}
      </div>
      <div class="control">
        <label for="loader">${words.loader}</label>
        <input
          id="loader"
          class="input"
          type="url"
          spellcheck="false"
          aria-describedby="loader-hint"
          .value=${this.loaderText}
          @input=${(event: Event) => (this.loaderText = (event.target as HTMLInputElement).value)}
        />
        <p id="loader-hint" class="hint">${words.loaderHint}</p>
      </div>
    </fieldset>`;
  }

  #renderSnippet(kind: SnippetKind, text: string) {
    const { title, hint, copy } = words.snippets[kind];
    return html`<div class="snippet">
      <h3 id="snippet-${kind}-title" class="snippet__title">${title}</h3>
      <p id="snippet-${kind}-hint" class="hint">${hint}${kind === 'vue' ? html` <code>${words.vueConfig}</code>` : nothing}</p>
      <textarea
        id="snippet-${kind}"
        class="snippet__code"
        readonly
        spellcheck="false"
        rows=${Math.min(text.split(LINE_BREAK).length + 1, 14)}
        aria-labelledby="snippet-${kind}-title"
        aria-describedby="snippet-${kind}-hint"
        .value=${text}
      ></textarea>
      <div class="snippet__actions">
        <button type="button" class="button" data-copy=${kind} @click=${() => this.#copy(kind)}>${copy}</button>
        <span class="snippet__status" role="status">${this.copied[kind] ?? ''}</span>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sp-embed-builder': SpEmbedBuilder;
  }
}
