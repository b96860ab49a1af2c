import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import type { SearchEntry } from '../contract/types.js';
import { formatVelocity } from '../text/format.js';
import type { Shown } from './catalogue.js';
import { words } from './words.js';

/** Most options the list shows at once: a catalogue can hold 100,000 products, and typing narrows them. */
export const MAX_OPTIONS = 50;

export interface PickerSettings {
  /** Unique in the builder's shadow root: the ids of the input, the list and each option start with it. */
  id: string;
  label: string;
  /** Several products: choosing one adds or removes it, and the list stays open for the next. */
  multiple?: boolean;
  /** The products the query finds, as far as known now; `changed` is called when more is known. */
  find: (query: string, changed: () => void) => Shown;
  nameOf: (slug: string) => string;
  /** The language of the endpoint's texts, for the names. */
  language: () => string;
  chosen: () => readonly string[];
  /** One product: it is now the choice. Several: it is added, or removed when it was chosen. */
  choose: (slug: string) => void;
}

const keepFocus = (event: Event) => event.preventDefault();

/**
 * A product search as an editable combobox with a listbox popup and list
 * autocomplete, after the WAI-ARIA Authoring Practices: typing filters
 * (name, slug or sector), Down and Up open the list and move through it,
 * Enter chooses, Escape closes and restores the choice, and the focus stays
 * in the input throughout (aria-activedescendant). A click chooses too.
 */
export class ProductPicker implements ReactiveController {
  #open = false;
  /** Index of the option with visual focus in the shown list; -1 for none. */
  #active = -1;
  /** What the reader typed since the last choice; undefined shows the choice itself. */
  #query?: string;

  constructor(
    private readonly host: LitElement,
    private readonly settings: PickerSettings,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const active = this.#open ? this.#shown()[this.#active] : undefined;
    if (active) this.#byId(this.#optionId(active))?.scrollIntoView({ block: 'nearest' });
  }

  /** What the query finds, as far as known now. */
  #matches(): Shown {
    return this.settings.find(this.#query ?? '', this.#changed);
  }

  readonly #changed = () => this.host.requestUpdate();

  #shown(): readonly SearchEntry[] {
    return this.#matches().products.slice(0, MAX_OPTIONS);
  }

  #nameOf(slug: string): string {
    return this.settings.nameOf(slug);
  }

  #optionId(product: SearchEntry): string {
    return `${this.settings.id}-option-${product.slug}`;
  }

  #byId(id: string): HTMLElement | null {
    return (this.host.renderRoot as ShadowRoot).getElementById(id);
  }

  #text(): string {
    if (this.#query !== undefined) return this.#query;
    const [chosen] = this.settings.chosen();
    return this.settings.multiple || !chosen ? '' : this.#nameOf(chosen);
  }

  #show(active: number): void {
    this.#open = true;
    this.#active = active;
    this.host.requestUpdate();
  }

  #close(restore: boolean): void {
    this.#open = false;
    this.#active = -1;
    if (restore) this.#query = undefined;
    this.host.requestUpdate();
  }

  #pick(product: SearchEntry): void {
    this.settings.choose(product.slug);
    if (this.settings.multiple) return this.host.requestUpdate();
    this.#close(true);
  }

  #onInput = (event: InputEvent) => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#show(-1);
  };

  #onKeydown = (event: KeyboardEvent) => {
    const count = this.#shown().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.#open) return this.#show(event.altKey ? -1 : 0);
        return this.#show(count === 0 ? -1 : (this.#active + 1) % count);
      case 'ArrowUp':
        event.preventDefault();
        if (!this.#open) return this.#show(count - 1);
        return this.#show(this.#active <= 0 ? count - 1 : this.#active - 1);
      case 'Enter': {
        const active = this.#open ? this.#shown()[this.#active] : undefined;
        if (!active) return;
        event.preventDefault();
        return this.#pick(active);
      }
      case 'Escape':
        // The host page's own Escape (a dialog around the builder, say) is not for this.
        if (this.#open || this.#query !== undefined) event.stopPropagation();
        return this.#close(true);
      case 'Tab':
        return this.#close(false);
    }
  };

  /** Typing replaces the chosen name rather than adding to it. */
  #onFocus = (event: FocusEvent) => {
    if (!this.settings.multiple) (event.target as HTMLInputElement).select();
  };

  #onFocusout = () => this.#close(true);

  #onClick = () => {
    if (!this.#open) this.#show(-1);
  };

  /** "No product matches", how many of the matches are shown, or why the search failed. */
  #status({ matches, pending, error }: Shown, shown: number): string {
    if (!this.#open) return '';
    if (error !== undefined) return words.searchFailed(error);
    if (pending && shown === 0) return words.searching;
    if (matches === 0) return words.noMatch(this.#query?.trim() ?? '');
    return shown < matches ? words.someShown(shown, matches) : '';
  }

  render() {
    const { id, label, multiple } = this.settings;
    const matches = this.#matches();
    const shown = matches.products.slice(0, MAX_OPTIONS);
    const open = this.#open && shown.length > 0;
    const active = open ? shown[this.#active] : undefined;
    return html`<div class="picker">
      <label class="picker__label" for="${id}-input">${label}</label>
      <input
        id="${id}-input"
        class="input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${String(open)}
        aria-controls="${id}-list"
        aria-activedescendant=${active ? this.#optionId(active) : nothing}
        aria-describedby="${id}-hint"
        .value=${this.#text()}
        @input=${this.#onInput}
        @keydown=${this.#onKeydown}
        @focus=${this.#onFocus}
        @focusout=${this.#onFocusout}
        @click=${this.#onClick}
      />
      <ul
        id="${id}-list"
        class="picker__list"
        role="listbox"
        aria-label=${label}
        aria-multiselectable=${multiple ? 'true' : nothing}
        aria-busy=${matches.pending ? 'true' : nothing}
        ?hidden=${!open}
      >
        ${open ? shown.map((product, i) => this.#renderOption(product, i)) : nothing}
      </ul>
      <p id="${id}-hint" class="hint">${words.pickerHint}</p>
      <p class="hint" role="status">${this.#status(matches, shown.length)}</p>
      ${multiple ? this.#renderChosen() : nothing}
    </div>`;
  }

  #renderOption(product: SearchEntry, i: number) {
    const chosen = this.settings.chosen().includes(product.slug);
    // One product: the option with visual focus is the selected one. Several: the chosen ones are.
    const selected = this.settings.multiple ? chosen : i === this.#active;
    const lang = this.settings.language();
    return html`<li
      id=${this.#optionId(product)}
      role="option"
      class="option ${i === this.#active ? 'option--active' : ''} ${chosen ? 'option--chosen' : ''}"
      aria-selected=${String(selected)}
      @pointerdown=${keepFocus}
      @click=${() => this.#pick(product)}
    >
      <span class="option__name" lang=${lang}>${product.name}</span><span class="visually-hidden">, </span>
      <span class="option__meta"
        >${product.sector ? html`<span lang=${lang}>${product.sector}</span>, ` : nothing}${words.velocity(formatVelocity(product.velocity))}</span
      >
    </li>`;
  }

  /** The chosen products, each with a Remove button but the last: a timeline needs one. */
  #renderChosen() {
    const chosen = this.settings.chosen();
    const lang = this.settings.language();
    return html`<ul class="chosen" aria-label=${words.chosenProducts}>
      ${chosen.map((slug) => {
        const name = this.#nameOf(slug);
        return html`<li class="chosen__item">
          <span lang=${lang}>${name}</span>
          ${chosen.length > 1
            ? html`<button type="button" class="button button--small" aria-label=${words.removeProduct(name)} @click=${() => this.#remove(slug)}>
                ${words.remove}
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  /** The button goes with its product, so the focus goes back to the search. */
  async #remove(slug: string): Promise<void> {
    this.settings.choose(slug);
    await this.host.updateComplete;
    this.#byId(`${this.settings.id}-input`)?.focus();
  }
}
