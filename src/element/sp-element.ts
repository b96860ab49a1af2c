import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type CSSResultGroup, type PropertyDeclarations, type TemplateResult } from 'lit';
import { sharedClient, type DataClient } from '../client/client.js';
import { define } from '../define.js';
import { resolveEndpoint } from '../client/endpoint.js';
import { failureReason } from '../text/reasons.js';
import { isolate } from '../text/isolate.js';
import type { Words } from '../text/words.js';
import { pageShared } from '../page/shared.js';
import { baseStyles } from './base.styles.js';
import { bidiText } from './bidi.js';
import { SpErrorEvent, SpLoadEvent } from './events.js';
import { NotTracked } from './not-tracked.js';
import { Localize } from './localize.js';
import { nextTask } from './next-task.js';
import { restyle } from './restyle.js';
import { choiceValue, propertyValue, rawAttribute, textValue } from './values.js';

/** The values of the `theme` attribute: the host page's look, or a palette of the widget's own. */
export const THEMES = ['inherit', 'light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** The theme without the attribute: the host page's look. */
export const DEFAULT_THEME: Theme = 'inherit';

/** The values of the `loading` attribute. */
export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/**
 * What every Sparkpulse widget shares: the endpoint, the theme, lazy loading,
 * and the loading, error and empty states around its own loaded template.
 *
 * @attr {string} endpoint - Endpoint base URL; a relative URL resolves against the page. Without it, the page's `<meta name="sparkpulse:endpoint">`, else the built-in default.
 * @attr [theme=inherit] - `inherit` takes the host page's look: its text colour and font, no background, and borders and controls derived from its text colour. `light`, `dark`, or `auto` (to follow the reader's `prefers-color-scheme`) give the widget a card of its own palette and font instead.
 * @attr [loading=eager] - `lazy` waits to request data until the widget is within one viewport of the screen.
 * @attr {string} lang - The language the widget reads in, e.g. `de` or `pt-BR`. Without it, the nearest ancestor's, else the document's.
 * @attr {'ltr' | 'rtl'} dir - The widget's direction; its layout mirrors in `rtl`. Without it, the nearest ancestor's, else the document's, else its language's.
 *
 * @fires {SpLoadEvent} sp-load - The widget has its data and has rendered it; `empty` is true when the product (or every product) is not tracked.
 * @fires {SpErrorEvent} sp-error - The widget could not load or render its data and shows its error state; `error` says why.
 *
 * @slot - Fallback content: what the page writes between the tags shows until the widget's code runs, wherever it never runs, and again in the error state.
 *
 * @cssprop --sp-color-text - Text colour; by default the host page's.
 * @cssprop --sp-color-muted - Secondary text: times, notes, the empty state.
 * @cssprop --sp-color-bg - Background; by default none.
 * @cssprop --sp-color-surface - Placeholders and buttons.
 * @cssprop --sp-color-border - Borders and rules.
 * @cssprop --sp-color-accent - Links and focus rings.
 * @cssprop --sp-color-error - The error state's border.
 * @cssprop --sp-font - The `font-family`; by default the host page's.
 * @cssprop --sp-font-size - Base font size, of which every size is in em; by default the reader's own.
 * @cssprop --sp-space - Padding and gaps.
 * @cssprop --sp-radius - Corner radius.
 */
export abstract class SparkpulseElement<T> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Registers the element as `name`, e.g. `SpTimeline.define('acme-timeline')`.
   * Never throws; a name already taken keeps its definition, with a warning.
   */
  static define(name: string): void {
    define(name, this as unknown as CustomElementConstructor);
  }

  // No property is reflected: the host's attributes stay as the page wrote them,
  // even when a value is refused and a default is used instead.
  static override properties: PropertyDeclarations = {
    endpoint: { converter: rawAttribute },
    theme: { converter: rawAttribute },
    loading: { converter: rawAttribute },
    near: { state: true },
  };

  #endpoint?: string;
  #theme: Theme = DEFAULT_THEME;
  #loading: Loading = 'eager';

  /** Endpoint base URL. Defaults to the page's `<meta name="sparkpulse:endpoint">`, then the built-in default. */
  get endpoint(): string | undefined {
    return this.#endpoint;
  }
  set endpoint(value: string | undefined) {
    this.#endpoint = propertyValue(this, 'endpoint', value, textValue, undefined, 'a URL');
  }

  /** `inherit`, the host page's look; `light`, `dark`, or `auto` to follow `prefers-color-scheme`, a palette of the widget's own. */
  get theme(): Theme {
    return this.#theme;
  }
  set theme(value: Theme) {
    this.#theme = propertyValue(this, 'theme', value, choiceValue(THEMES), DEFAULT_THEME, THEMES.join(', '));
  }

  /** `lazy` waits to request data until the widget is within one viewport of the screen. */
  get loading(): Loading {
    return this.#loading;
  }
  set loading(value: Loading) {
    this.#loading = propertyValue(this, 'loading', value, choiceValue(LOADINGS), 'eager', LOADINGS.join(', '));
  }

  protected readonly client: DataClient = sharedClient();

  /** The widget's language and direction, and its words in that language. */
  protected readonly localize = new Localize(this);

  /** Whether this widget's failure is the one the page announces; see #announceFailure. */
  #announcing = false;

  /** Retry was pressed: once the new state shows, focus goes to it. */
  #focusAfterRun = false;

  /**
   * What the server renderer gives the widget to show, since on the server it
   * cannot load: set as a property by `@sparkpulse/widgets/ssr`, never by hand.
   * @internal
   */
  prerendered?: T | NotTracked;

  /**
   * The page came with this widget rendered on the server (declarative
   * shadow DOM): that content stays until the widget has its own data and
   * words, then is replaced in one render, so the reader sees no placeholder.
   */
  #takingOver = false;

  /** Stops watching the page when the widget leaves it. */
  protected readonly unwatch: (() => void)[] = [];

  /** A lazy widget has come near the screen. */
  private near = false;

  /** True when leaving the page interrupted a load that must resume on return. */
  #interrupted = false;

  /** What broke the last render, if anything did. */
  #renderFailure?: Error;

  /** A background refresh is running: keep showing the current data meanwhile. */
  #refreshing = false;

  protected readonly data = new Task(this, {
    // The raw attribute, not the resolved URL: resolving can fail, and must
    // fail inside the task, as an error state, never in the render cycle.
    args: () => [this.endpoint, this.loading !== 'lazy' || this.near, ...this.dataKey()] as const,
    task: async ([endpoint, wanted], { signal }) => {
      // A lazy widget far from the screen, or one that left the page, stays
      // in its initial state: the placeholder, and no request.
      if (!wanted) return initialState;
      try {
        // The words of the widget's language come with its data, so it never shows English first.
        const [data] = await Promise.all([this.load(resolveEndpoint(endpoint), signal), this.localize.ready()]);
        return data;
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (value) => this.#dispatchAfterRender(new SpLoadEvent(value instanceof NotTracked)),
    onError: (error) => {
      this.#announceFailure();
      this.#dispatchAfterRender(new SpErrorEvent(asError(error)));
    },
  });

  /** The attribute values that decide which documents to load. */
  protected abstract dataKey(): readonly unknown[];

  /** Loads the widget's data through the shared client. */
  protected abstract load(endpoint: string, signal: AbortSignal): Promise<T | NotTracked>;

  protected abstract renderLoaded(data: T): TemplateResult;

  /** The loaded state's geometry, drawn while the data is on its way. */
  protected abstract renderPlaceholder(): TemplateResult;

  override connectedCallback(): void {
    const rendered = !this.hasUpdated && this.shadowRoot !== null;
    super.connectedCallback();
    if (rendered) this.#takeOverWhenNear();
    void this.#prepare();
    this.unwatch.push(this.client.onUpdate(() => this.#refresh()));
    if (this.loading === 'lazy' && !this.near) this.#waitUntilNear();
    if (this.#interrupted) {
      this.#interrupted = false;
      void this.data.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.unwatch.splice(0)) stop();
    // A widget moved elsewhere in the page is back before this runs, and its
    // request carries on; only one that really left stops waiting.
    setTimeout(() => {
      if (this.isConnected || this.data.status !== TaskStatus.PENDING) return;
      this.#interrupted = true;
      this.data.abort();
    });
  }

  /** Moved into another document (an iframe's) or back: its styles must be adopted there anew. */
  adoptedCallback(): void {
    if (this.shadowRoot) restyle(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /** Lazy widgets are rare, so their observer's code is fetched only for them. */
  #waitUntilNear(): void {
    void import('./near-viewport.js').then(({ whenNearViewport }) => {
      if (this.isConnected) this.unwatch.push(whenNearViewport(this, () => (this.near = true)));
    });
  }

  /** After the client refreshed a document in the background, or the browser came back online. */
  #refresh(): void {
    // A widget that failed tries again (say, back online); one that loaded
    // reloads from memory, still showing its data meanwhile.
    if (this.data.status === TaskStatus.ERROR) return void this.data.run();
    if (this.data.status !== TaskStatus.COMPLETE) return;
    this.#refreshing = true;
    void this.data.run().finally(() => (this.#refreshing = false));
  }

  /** The widget's words, in its language. */
  protected get words(): Words {
    return this.localize.words();
  }

  protected override render(): TemplateResult {
    // One root inside the shadow root, which the styles reset and own. The
    // status region is always there, so a change of its words is announced.
    const words = this.words;
    const region = this.regionName();
    return html`<div
      class="root root--${this.theme}"
      lang=${words.lang}
      dir=${this.localize.dir()}
      tabindex="-1"
      role=${region ? 'region' : nothing}
      aria-label=${region ?? nothing}
    >
      <span class="visually-hidden" role="status">${this.#statusText(words)}</span>
      ${this.#renderState()}
    </div>`;
  }

  /**
   * What the status region says: "Loading…" while loading (not announced:
   * it is there from the start), the failure for the one widget that
   * announces it, and nothing otherwise.
   */
  #statusText(words: Words): string {
    const { status } = this.data;
    if (status === TaskStatus.ERROR) return this.#announcing ? words.t('loadFailed') : '';
    return status === TaskStatus.COMPLETE || this.#refreshing || this.prerendered ? '' : words.t('loading');
  }

  /**
   * Widgets that fail together (a page of badges whose endpoint is down) are
   * announced once, politely: the first failure in a few seconds speaks for
   * the page, the others stay quiet.
   */
  #announceFailure(): void {
    const page = pageShared('sparkpulse.announced.v1', () => ({ at: -Infinity }));
    const now = Date.now();
    this.#announcing = now - page.at > ANNOUNCE_QUIET_MS;
    if (this.#announcing) page.at = now;
  }

  #renderState(): TemplateResult {
    const loaded = (value: T | NotTracked) => (value instanceof NotTracked ? this.renderEmpty(value) : this.renderLoaded(value));
    try {
      return this.data.render({
        initial: () => (this.prerendered ? loaded(this.prerendered) : this.renderLoading()),
        // A refresh keeps the current data on screen until the new data is in.
        pending: () => (this.#refreshing ? loaded(this.data.value!) : this.renderLoading()),
        complete: loaded,
        error: (error) => this.renderError(asError(error)),
      })!;
    } catch (caught) {
      // Data that breaks a template must not break the host page; the host
      // hears of it through sp-error, not sp-load.
      console.warn('[sparkpulse] could not render:', caught);
      return this.renderError((this.#renderFailure = asError(caught)));
    }
  }

  /**
   * What the widget does before its data arrives, each step in a task of
   * its own: the page's first Intl object sets up the browser's ICU data,
   * 70 ms or more on a slow phone, and must never join a render.
   */
  protected preparations(): (() => void)[] {
    return [() => this.words.score(0)];
  }

  async #prepare(): Promise<void> {
    for (const step of this.preparations()) {
      await nextTask();
      step();
    }
  }

  /**
   * A widget the server rendered already shows everything, so taking it over
   * can wait: until it comes within a viewport of the screen, and then until
   * the browser is idle. The page's own load goes first, the widgets do not
   * all take over at once, and one far below the fold costs nothing until
   * the reader scrolls towards it. Its content stays as the server wrote it
   * meanwhile (shouldUpdate holds every render).
   */
  #takeOverWhenNear(): void {
    this.#takingOver = true;
    void import('./near-viewport.js').then(({ whenNearViewport, whenIdle }) => {
      if (!this.isConnected) return;
      this.unwatch.push(
        whenNearViewport(this, () =>
          whenIdle(() => {
            if (this.isConnected && this.data.status === TaskStatus.INITIAL) this.#takeOver();
          }),
        ),
      );
    });
  }

  /**
   * Takes over what the server rendered: its documents, inside the element
   * as JSON, answer the client (still read and checked, and no request is
   * made), and the task starts now; no render happens until it has settled.
   */
  #takeOver(): void {
    const inline = this.querySelector(':scope > script[type="application/json"][data-sparkpulse-documents]');
    try {
      const documents = JSON.parse(inline?.textContent ?? '{}') as Record<string, unknown>;
      const endpoint = resolveEndpoint(this.endpoint);
      for (const [path, json] of Object.entries(documents)) this.client.prime(new URL(path, endpoint).href, json);
    } catch {
      // Without its documents (or with a bad endpoint) the widget loads as any other.
    }
    void this.data.run();
  }

  /** Until the task has settled, the server's rendering stays on screen. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const settled = this.data.status === TaskStatus.COMPLETE || this.data.status === TaskStatus.ERROR;
    return super.shouldUpdate(changed) && (!this.#takingOver || settled);
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.#takingOver) {
      // Lit renders into the declarative shadow root: what the server put there
      // goes first, with the node Lit would have rendered before.
      this.#takingOver = false;
      this.renderRoot.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /** True when the widget shows its data all at once: rendered on the server, or taking over from it. */
  protected get renderedElsewhere(): boolean {
    return this.prerendered !== undefined || this.#takingOver;
  }

  /** A name for the widget as a landmark region ("Apache Kafka vs Linkerd"); none by default. */
  protected regionName(): string | undefined {
    return undefined;
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">${this.renderPlaceholder()}</div>`;
  }

  protected renderEmpty(value: NotTracked): TemplateResult {
    return html`<p part="empty" class="state">${bidiText(this.emptySentence(value))}</p>`;
  }

  /** "kafka is not tracked by Sparkpulse.", that no product was named, or the widget's own reason. */
  protected emptySentence({ slugs, sentence }: NotTracked): string {
    const words = this.words;
    if (sentence) return words.t(sentence.key, sentence.values);
    if (slugs.length === 0) return words.t('noProduct');
    return words.t('notTracked', { count: slugs.length, names: words.list(slugs.map(isolate)) });
  }

  /**
   * The reason, Retry, and what the page wrote between the tags (a link to
   * the comparison, a badge image): a reader keeps it while the endpoint is down.
   */
  protected renderError(error: Error): TemplateResult {
    return html`<div part="error" class="state state--error">
      <p>${this.renderErrorText(error)}</p>
      <button part="retry" type="button" aria-label=${this.retryLabel()} @click=${this.#retry}>${this.words.t('retry')}</button>
      ${this.renderFallback()}
    </div>`;
  }

  /** Where the page's own content between the tags shows in the error state. */
  protected renderFallback(): unknown {
    return html`<div part="fallback" class="fallback"><slot></slot></div>`;
  }

  /** The error state's words; compact widgets shorten them. */
  protected renderErrorText(error: Error): unknown {
    return this.errorSentence(error);
  }

  /** "Could not load Sparkpulse data: <reason>." */
  protected errorSentence(error: Error): string {
    const words = this.words;
    return words.t('error', { reason: failureReason(error, words) });
  }

  /** The Retry button's own name, saying what it loads: "Retry loading the badge of kafka". */
  protected abstract retryLabel(): string;

  #retry = () => {
    this.#focusAfterRun = true;
    void this.data.run();
  };

  /** After Retry: focus on the new Retry button when it failed again, else on the new content. */
  #focusAfterRetry(): void {
    if (!this.#focusAfterRun) return;
    this.#focusAfterRun = false;
    const retry = this.renderRoot.querySelector<HTMLElement>('[part="retry"]');
    (retry ?? this.focusTarget())?.focus();
  }

  /** What takes the focus when Retry brought the widget's content: the root, which reads all of it. */
  protected focusTarget(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.root');
  }

  /**
   * Fires `event` once the render it announces is done. The task reports its
   * outcome just before it asks for that render, so the wait starts a
   * microtask later, when the update is already requested.
   */
  #dispatchAfterRender(event: Event): void {
    this.#renderFailure = undefined;
    queueMicrotask(() =>
      this.renderComplete().then(
        () => {
          this.#focusAfterRetry();
          this.dispatchEvent(this.#renderFailure ? new SpErrorEvent(this.#renderFailure) : event);
        },
        () => undefined,
      ),
    );
  }

  /** Resolves once what the task's outcome shows is on screen; a widget that renders in steps waits for its last. */
  protected async renderComplete(): Promise<void> {
    await this.updateComplete;
  }
}

/** Failures closer together than this are one failure to a reader. */
const ANNOUNCE_QUIET_MS = 5_000;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
