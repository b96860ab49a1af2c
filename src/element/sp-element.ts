import { html, LitElement, type CSSResultGroup, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { initialState, Task, TaskStatus } from '@lit/task';
import { sharedClient, type DataClient } from '../client/client.js';
import { resolveEndpoint } from '../client/endpoint.js';
import { messages } from '../text/messages.js';
import { failureReason } from '../text/reasons.js';
import { baseStyles } from './base.styles.js';
import { SpErrorEvent, SpLoadEvent } from './events.js';
import { langOf } from './lang.js';
import { NotTracked } from './not-tracked.js';

/** The values of the `theme` attribute. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * What every Sparkpulse widget shares: the endpoint, the theme, and the
 * loading, error and empty states around its own loaded template.
 */
export abstract class SparkpulseElement<T> extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Endpoint base URL. Defaults to the page's `<meta name="sparkpulse:endpoint">`, then the built-in default. */
  @property() endpoint?: string;

  /** Colour scheme: `light`, `dark`, or `auto` to follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme: Theme = 'light';

  protected readonly client: DataClient = sharedClient();

  /** True when leaving the page interrupted a load that must resume on return. */
  private interrupted = false;

  protected readonly data = new Task(this, {
    // The raw attribute, not the resolved URL: resolving can fail, and must
    // fail inside the task, as an error state, never in the render cycle.
    args: () => [this.endpoint, ...this.dataKey()] as const,
    task: async ([endpoint], { signal }) => {
      try {
        return await this.load(resolveEndpoint(endpoint), signal);
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (value) => this.dispatchAfterRender(new SpLoadEvent(value instanceof NotTracked)),
    onError: (error) => this.dispatchAfterRender(new SpErrorEvent(asError(error))),
  });

  /** The attribute values that decide which documents to load. */
  protected abstract dataKey(): readonly unknown[];

  /** Loads the widget's data through the shared client. */
  protected abstract load(endpoint: string, signal: AbortSignal): Promise<T | NotTracked>;

  protected abstract renderLoaded(data: T): TemplateResult;

  /** The loaded state's geometry, drawn while the data is on its way. */
  protected abstract renderPlaceholder(): TemplateResult;

  /** The language for dates and numbers, read at render time. */
  protected pageLang(): string {
    return langOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.interrupted) {
      this.interrupted = false;
      void this.data.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.data.status === TaskStatus.PENDING) {
      this.interrupted = true;
      this.data.abort();
    }
  }

  protected override render(): TemplateResult {
    return this.data.render({
      initial: () => this.renderLoading(),
      pending: () => this.renderLoading(),
      complete: (value) => (value instanceof NotTracked ? this.renderEmpty(value) : this.renderLoaded(value)),
      error: (error) => this.renderError(asError(error)),
    }) as TemplateResult;
  }

  protected renderLoading(): TemplateResult {
    return html`<div part="loading" class="loading" aria-busy="true">
      <span class="visually-hidden" role="status">${messages.loading}</span>
      ${this.renderPlaceholder()}
    </div>`;
  }

  protected renderEmpty(value: NotTracked): TemplateResult {
    const text = value.slugs.length > 0 ? messages.notTracked(value.slugs) : messages.noProduct;
    return html`<p part="empty" class="state">${text}</p>`;
  }

  protected renderError(error: Error): TemplateResult {
    return html`<div part="error" class="state state--error" role="alert">
      <p>${this.renderErrorText(error)}</p>
      <button part="retry" type="button" @click=${() => this.data.run()}>${messages.retry}</button>
    </div>`;
  }

  /** The error state's words; compact widgets shorten them. */
  protected renderErrorText(error: Error): unknown {
    return this.errorSentence(error);
  }

  /** "Could not load Sparkpulse data: <reason>." */
  protected errorSentence(error: Error): string {
    return messages.error(failureReason(error));
  }

  private dispatchAfterRender(event: Event): void {
    void this.updateComplete.then(() => this.dispatchEvent(event));
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
