import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { LINE_BREAK, type SnippetKind } from './snippets.js';
import { words } from './words.js';

/** How long "Copied" stays. */
const COPIED_MS = 5_000;
/** A snippet's text area grows with its lines up to this many, then scrolls. */
const MAX_ROWS = 14;

/**
 * The builder's snippets: each in a read-only text area with its Copy
 * button, and a polite status that says "Copied", or, where the browser
 * refuses the clipboard, selects the text for the reader to copy.
 */
export class SnippetCopier implements ReactiveController {
  #status: Partial<Record<SnippetKind, string>> = {};
  #timers = new Map<SnippetKind, ReturnType<typeof setTimeout>>();

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#timers.forEach(clearTimeout);
  }

  #say(kind: SnippetKind, status: string): void {
    this.#status = { ...this.#status, [kind]: status };
    this.host.requestUpdate();
  }

  async copy(kind: SnippetKind, text: string): Promise<void> {
    clearTimeout(this.#timers.get(kind));
    // Cleared first, so copying twice is announced twice.
    this.#say(kind, '');
    await this.host.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.#say(kind, words.copied);
      this.#timers.set(kind, setTimeout(() => this.#say(kind, ''), COPIED_MS));
    } catch {
      // Refused (no permission, no focus, no secure context): the reader copies it themselves.
      const area = this.host.renderRoot.querySelector<HTMLTextAreaElement>(`#snippet-${kind}`);
      area?.focus();
      area?.select();
      this.#say(kind, words.copyRefused);
    }
  }

  render(kind: SnippetKind, text: string) {
    const { title, hint, copy } = words.snippets[kind];
    return html`<div class="snippet">
      <h3 id="snippet-${kind}-title" class="snippet__title">${title}</h3>
      <p id="snippet-${kind}-hint" class="hint">${hint}${kind === 'vue' ? html` <code>${words.vueConfig}</code>` : nothing}</p>
      <textarea
        id="snippet-${kind}"
        class="snippet__code"
        readonly
        spellcheck="false"
        rows=${Math.min(text.split(LINE_BREAK).length + 1, MAX_ROWS)}
        aria-labelledby="snippet-${kind}-title"
        aria-describedby="snippet-${kind}-hint"
        .value=${text}
      ></textarea>
      <div class="snippet__actions">
        <button type="button" class="button" data-copy=${kind} @click=${() => this.copy(kind, text)}>${copy}</button>
        <span class="snippet__status" role="status">${this.#status[kind] ?? ''}</span>
      </div>
    </div>`;
  }
}
