import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { resolveEndpoint, sharedClient } from '../client/index.js';
import { SpVelocityBadge } from '../badge/sp-velocity-badge.js';
import { SpCompare } from '../compare/sp-compare.js';
import type { Section } from '../compare/section-names.js';
import { safeUrl } from '../contract/rules.js';
import { define } from '../define.js';
import { countValue } from '../element/values.js';
import { MAX_LIMIT, MAX_LINES } from '../page/geometry.js';
import { warnOnce } from '../page/shared.js';
import { SpTimeline } from '../timeline/sp-timeline.js';
import { loadCatalogue, type Catalogue } from './catalogue.js';
import { adopt, chooseForComparison, FIRST_CHOICES, moveSection, toggleProduct, toggleSection, type Change, type Choices } from './choices.js';
import { displayField, sectionsField, sourcesField, widgetField, type CountField } from './option-fields.js';
import { ProductPicker } from './product-picker.js';
import { SnippetCopier } from './snippet-copier.js';
import {
  allSnippets,
  DEFAULT_LOADER,
  elementAttributes,
  isComplete,
  showsActivity,
  SNIPPETS,
  TAG_ENDINGS,
  type Attribute,
  type EmbedOptions,
  type SnippetKind,
  type Widget,
} from './snippets.js';
import { builderStyles } from './sp-embed-builder.styles.js';
import { words } from './words.js';

const SUFFIX = '-embed-builder';
/** The prefix a builder's name gives the widgets it previews: `acme-embed-builder` previews `acme-compare`. */
const prefixOf = (name: string) => (name.endsWith(SUFFIX) ? name.slice(0, -SUFFIX.length) : 'sp');
/** Options often change in bursts (typing a limit): the preview waits for a pause. */
const PREVIEW_DELAY_MS = 250;

/** The `sparkpulse.js` this page loaded over http(s), if it did: the builder most likely came through it. */
function pageLoader(): string | undefined {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    const url = safeUrl(script.src);
    if (url && new URL(url).pathname.endsWith('/sparkpulse.js')) return url;
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
 * @attr {string} loader - The URL the snippets load `sparkpulse.js` from: absolute http(s), without a user name or password. Without it, the `sparkpulse.js` this page loaded, else the README's placeholder; another URL is refused with a warning, and the snippets name the placeholder.
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
    linesText: { state: true },
    loaderText: { state: true },
    announcement: { state: true },
  };

  /** The endpoint to start from. Defaults to the page's `<meta name="sparkpulse:endpoint">`, then the built-in default. */
  endpoint?: string;

  /** The URL the snippets load `sparkpulse.js` from. Defaults to the one this page loaded, if any, else a placeholder. */
  loader?: string;

  private choices: Choices = FIRST_CHOICES;

  /** The endpoint field as typed; #endpoint is what it resolved to, if it did. */
  private endpointText = '';
  #endpoint?: string;
  /** The loader field as typed; #loader is its URL, if the snippets may name it. An empty or refused field writes the placeholder. */
  private loaderText = '';
  #loader?: string;
  private limitText = String(FIRST_CHOICES.limit);
  private linesText = String(FIRST_CHOICES.lines);
  private announcement = '';

  #snippets?: Record<SnippetKind, string>;
  #previewKey?: string;
  #previewTimer?: ReturnType<typeof setTimeout>;
  readonly #copier = new SnippetCopier(this);

  /** The endpoint's search documents, or on the full form its index. */
  readonly #index = new Task(this, {
    args: () => [this.#endpoint] as const,
    task: async ([endpoint], { signal }) => {
      if (!endpoint) return initialState;
      const catalogue = await loadCatalogue(sharedClient(), endpoint, signal);
      this.choices = adopt(this.choices, catalogue.first);
      return catalogue;
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
      find: (query, changed) => index()?.find(query, changed) ?? { products: [], matches: 0, complete: true, pending: false },
      nameOf: (slug) => index()?.nameOf(slug) ?? slug,
      language: () => index()?.language ?? 'en',
    });
  }

  /** The endpoint's products, once found; none while another is on its way or after a failure. */
  get #loadedIndex(): Catalogue | undefined {
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
    return { ...rest, sections: order.filter((section) => shown.includes(section)), endpoint: this.#endpoint, loader: this.#loader ?? DEFAULT_LOADER };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page after a move: a preview that was waiting is shown now.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
    this.#previewKey = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || !this.hasUpdated) this.#useEndpoint(this.endpoint);
    if (changed.has('loader') || !this.hasUpdated) this.#useLoaderAttribute();
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

  /** The attribute or the field: the snippets name only an absolute http(s) URL without credentials. */
  #useLoader(value: string): void {
    this.loaderText = value;
    this.#loader = safeUrl(value.trim());
  }

  /**
   * The attribute, else the page's `sparkpulse.js`, else the placeholder. A
   * refused attribute stays in the field, marked as the field marks it, with
   * one warning; the snippets name the placeholder.
   */
  #useLoaderAttribute(): void {
    const given = this.loader?.trim();
    this.#useLoader(given || pageLoader() || DEFAULT_LOADER);
    if (!given || this.#loader) return;
    // A password is not repeated into the console.
    const url = URL.canParse(given) ? new URL(given) : undefined;
    const shown = url?.username || url?.password ? '(a URL with credentials)' : `"${given}"`;
    warnOnce(`<${this.localName}> loader: expected an absolute http(s) URL without a user name or password, not ${shown}; the snippets name "${DEFAULT_LOADER}".`);
  }

  readonly #choose = (changes: Partial<Choices>): void => {
    this.choices = { ...this.choices, ...changes };
  };

  /** Makes a change the rules in choices.ts allowed, and says what they said of it. Returns whether anything changed. */
  #apply({ changes, say }: Change): boolean {
    if (changes) this.#choose(changes);
    if (say) void this.#announce(say);
    return changes !== undefined;
  }

  readonly #nameOf = (slug: string): string => this.#loadedIndex?.nameOf(slug) ?? slug;

  #chooseForComparison(side: 'a' | 'b', slug: string): void {
    this.#apply(chooseForComparison(this.choices, side, slug, this.#nameOf));
  }

  #toggleProduct(slug: string): void {
    this.#apply(toggleProduct(this.choices, slug, this.#nameOf));
  }

  /** Said once, politely; the same words twice are said twice. */
  async #announce(text: string): Promise<void> {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }

  #toggleSection(section: Section, input: HTMLInputElement): void {
    // The last section stays ticked: the box goes back to what the choices say.
    if (!this.#apply(toggleSection(this.choices, section, input.checked))) input.checked = true;
  }

  /** Moves a section and keeps the focus on it: on the same button, or the other one at either end. */
  async #moveSection(section: Section, step: -1 | 1): Promise<void> {
    if (!this.#apply(moveSection(this.choices, section, step))) return;
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-section="${section}"]`)];
    const same = step < 0 ? 'up' : 'down';
    (buttons.find((button) => button.dataset.move === same && !button.disabled) ?? buttons.find((button) => !button.disabled))?.focus();
  }

  readonly #sectionActions = {
    toggle: (section: Section, input: HTMLInputElement) => this.#toggleSection(section, input),
    move: (section: Section, step: -1 | 1) => void this.#moveSection(section, step),
  };

  /**
   * A whole-number field as typed (`limit` or `lines`, kept in `limitText` or
   * `linesText`); the choice changes only when it is a number from 0 to `max`.
   */
  #countField(name: 'limit' | 'lines', max: number, shown: boolean): CountField {
    const text = name === 'limit' ? this.limitText : this.linesText;
    const count = countValue(text);
    return {
      shown,
      text,
      invalid: count === undefined || count > max,
      input: (input: HTMLInputElement) => {
        if (name === 'limit') this.limitText = input.value;
        else this.linesText = input.value;
        const typed = countValue(input.value);
        if (typed !== undefined && typed <= max) this.#choose({ [name]: typed });
      },
    };
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
        ${widgetField(this.choices, this.#choose)} ${this.#renderProductsField()}
        ${widget === 'compare' ? sectionsField(this.choices, this.#sectionActions) : nothing}
        ${displayField(
          this.choices,
          this.#countField('limit', MAX_LIMIT, this.#options !== undefined && showsActivity(this.#options)),
          this.#countField('lines', MAX_LINES, widget !== 'badge'),
          this.#choose,
        )}
        ${sourcesField({
          endpoint: this.endpointText,
          endpointInvalid: this.#endpoint === undefined,
          loader: this.loaderText,
          loaderInvalid: Boolean(this.loaderText.trim()) && !this.#loader,
          changeEndpoint: (value) => this.#useEndpoint(value),
          changeLoader: (value) => this.#useLoader(value),
        })}
      </form>
      <section class="builder__preview" aria-labelledby="preview-heading">
        <h2 id="preview-heading" class="heading">${words.previewHeading}</h2>
        ${this.#snippets ? nothing : html`<p class="hint">${words.previewWaiting}</p>`}
        <div class="preview" part="preview"></div>
      </section>
      <section class="builder__snippets" aria-labelledby="snippets-heading">
        <h2 id="snippets-heading" class="heading">${words.snippetsHeading}</h2>
        ${this.#snippets ? SNIPPETS.map((kind) => this.#copier.render(kind, this.#snippets![kind])) : nothing}
      </section>
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
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
          index.first.length === 0
            ? html`<p class="hint">${words.noProducts}</p>`
            : pickers[this.choices.widget].map((picker) => picker.render()),
        error: (error) => html`<p class="error">${words.productsFailed(error instanceof Error ? error.message : String(error))}</p>
          <button type="button" class="button" @click=${() => this.#index.run()}>${words.retry}</button>`,
      })}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sp-embed-builder': SpEmbedBuilder;
  }
}
