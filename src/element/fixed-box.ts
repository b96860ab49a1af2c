import { html, isServer, nothing, type ReactiveController, type ReactiveElement } from 'lit';
import { enBox } from '../text/catalogue/en-box.js';
import type { Words } from '../text/words.js';
import { customProperties, settleOutOfSight } from './box.js';
import { registerEnglish } from './localize.js';

type Host = ReactiveElement & { readonly lines: number };

/**
 * The opt-in fixed box (the `lines` attribute): each long text held to that
 * many lines, and under each one that is cut, a "Show more" button that
 * shows it whole and turns into "Show less".
 *
 * render() stays a function of state: it asks text() for each long text,
 * which wraps it and adds the button for the texts last found cut. Which are
 * cut is measured after the update, in an animation frame, so no render
 * forces a layout; the frame runs before the paint that would show the texts
 * without their buttons, and its update is in that paint, so the buttons
 * never move anything on their own. A ResizeObserver, made only for a widget
 * with `lines`, measures again when the widget's size changes (a new width,
 * a font that arrived), and so does an FAQ question opened. On the server
 * every text is whole: a page without JavaScript loses no word.
 */
export class FixedBox implements ReactiveController {
  /** The texts found cut, and the ones the reader opened (which keep their button). */
  #cut = new Set<string>();
  #open = new Set<string>();
  #frame = 0;
  #observer?: ResizeObserver;
  /** The box of what the server rendered, whole, while the widget takes it over. */
  #server?: DOMRect;

  constructor(private readonly host: Host) {
    host.addController(this);
    registerEnglish(enBox);
  }

  /**
   * The server rendered every text whole: taking it over holds them, and the
   * widget keeps the server's box while it is in sight, as after a placeholder.
   */
  hostUpdate(): void {
    if (isServer || this.host.hasUpdated || !this.host.lines) return;
    this.#server = this.host.renderRoot.querySelector('.root')?.getBoundingClientRect();
  }

  hostUpdated(): void {
    if (isServer) return;
    const server = this.#server;
    this.#server = undefined;
    const root = this.host.renderRoot.querySelector<HTMLElement>('.root');
    if (server && root && server.bottom > 0 && server.top < innerHeight) settleOutOfSight(root, server.height);
    this.#watch();
  }

  /** Back in the page after a move: measures again, and again on every resize. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.#watch();
  }

  #watch(): void {
    if (this.host.lines > 0) {
      if (!this.#observer) {
        this.#observer = new ResizeObserver(this.#measureSoon);
        this.#observer.observe(this.host);
        // An FAQ answer opened inside a box held to its reserved height changes no size.
        this.host.renderRoot.addEventListener('toggle', this.#measureSoon, true);
      }
      this.#measureSoon();
    } else if (this.#observer) {
      this.hostDisconnected();
      this.#cut.clear();
      this.#open.clear();
    }
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('toggle', this.#measureSoon, true);
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
  }

  #measureSoon = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#measure();
    });
  };

  /** Finds which held texts are cut: the ones whose text is taller than their box. */
  #measure(): void {
    const cut = new Set(this.#open);
    // A text in a closed FAQ question is not shown: it is measured once opened.
    for (const text of this.host.renderRoot.querySelectorAll<HTMLElement>('.clamp:not(.clamp--open)')) {
      if (!text.closest('details:not([open])') && text.scrollHeight > text.clientHeight + 1) cut.add(text.dataset.key!);
    }
    if (cut.size === this.#cut.size && [...cut].every((key) => this.#cut.has(key))) return;
    this.#cut = cut;
    this.host.requestUpdate();
  }

  #toggle(key: string): void {
    if (!this.#open.delete(key)) this.#open.add(key);
    this.host.requestUpdate();
  }

  /**
   * A long text, `key` naming it among the widget's: held to `lines` lines,
   * with its button when it is cut, named after `what` ("Show more: Apache
   * Kafka, Current state"); as it is without `lines`, and on the server.
   */
  text(key: string, content: unknown, words: Words, what: string): unknown {
    const lines = this.host.lines;
    if (!lines || isServer) return content;
    const open = this.#open.has(key);
    const id = `text-${key}`;
    return html`<span
        class=${open ? 'clamp clamp--open' : 'clamp'}
        id=${id}
        data-key=${key}
        style=${customProperties({ '--_lines': String(lines) })}
        >${content}</span
      >${this.#cut.has(key)
        ? html`<button
            type="button"
            class="more"
            lang=${words.lang}
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${id}
            aria-label=${words.t(open ? 'showLessOf' : 'showMoreOf', { what })}
            @click=${() => this.#toggle(key)}
          >${words.t(open ? 'showLess' : 'showMore')}</button>`
        : nothing}`;
  }
}
