// The embed builder's fieldsets, apart from the product pickers. Each is a
// template function: the element owns the state and passes what a field
// shows and what to call when the reader changes it.
import { html, nothing } from 'lit';
import type { Section } from '../compare/section-names.js';
import { THEMES, type Theme } from '../element/sp-element.js';
import { MAX_HEADING_LEVEL } from '../element/heading.js';
import { MAX_LIMIT } from '../page/geometry.js';
import type { Choices } from './choices.js';
import { WIDGETS } from './snippets.js';
import { words } from './words.js';

type Choose = (changes: Partial<Choices>) => void;

const HEADING_LEVELS = Array.from({ length: MAX_HEADING_LEVEL }, (_, i) => i + 1);

const checked = (event: Event) => (event.target as HTMLInputElement).checked;
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

export function widgetField(choices: Choices, choose: Choose) {
  return html`<fieldset class="field">
    <legend>${words.widgetLegend}</legend>
    ${WIDGETS.map(
      (widget) => html`<div class="choice">
        <input
          type="radio"
          name="widget"
          id="widget-${widget}"
          .checked=${choices.widget === widget}
          aria-describedby="widget-${widget}-hint"
          @change=${() => choose({ widget })}
        />
        <label for="widget-${widget}">${words.widgets[widget].label}</label>
        <p id="widget-${widget}-hint" class="hint">${words.widgets[widget].hint}</p>
      </div>`,
    )}
  </fieldset>`;
}

export interface SectionActions {
  toggle(section: Section, input: HTMLInputElement): void;
  move(section: Section, step: -1 | 1): void;
}

export function sectionsField({ order, shown }: Choices, actions: SectionActions) {
  return html`<fieldset class="field" aria-describedby="sections-hint">
    <legend>${words.sectionsLegend}</legend>
    <p id="sections-hint" class="hint">${words.sectionsHint}</p>
    <ol class="sections">
      ${order.map(
        (section, i) => html`<li class="sections__item">
          <input type="checkbox" id="section-${section}" .checked=${shown.includes(section)} @change=${(event: Event) =>
            actions.toggle(section, event.target as HTMLInputElement)} />
          <label for="section-${section}">${words.sections[section]}</label>
          <span class="sections__moves">
            ${moveButton(section, 'up', i === 0, actions)} ${moveButton(section, 'down', i === order.length - 1, actions)}
          </span>
        </li>`,
      )}
    </ol>
  </fieldset>`;
}

function moveButton(section: Section, move: 'up' | 'down', atEnd: boolean, actions: SectionActions) {
  const name = words.sections[section];
  return html`<button
    type="button"
    class="button button--small"
    data-section=${section}
    data-move=${move}
    aria-label=${move === 'up' ? words.moveUp(name) : words.moveDown(name)}
    ?disabled=${atEnd}
    @click=${() => actions.move(section, move === 'up' ? -1 : 1)}
  >
    <span aria-hidden="true">${move === 'up' ? '↑' : '↓'}</span> ${move === 'up' ? words.up : words.down}
  </button>`;
}

/** The limit field as typed, which may not be a valid limit yet. */
export interface LimitField {
  /** Whether the chosen widget shows activity, and so has a limit. */
  shown: boolean;
  text: string;
  invalid: boolean;
  input(input: HTMLInputElement): void;
}

export function displayField(choices: Choices, limit: LimitField, choose: Choose) {
  const { widget, theme, sparksOnly, headingLevel, lazy } = choices;
  return html`<fieldset class="field">
    <legend>${words.displayLegend}</legend>
    <fieldset class="field field--inner">
      <legend>${words.themeLegend}</legend>
      ${THEMES.map(
        (value: Theme) => html`<div class="choice">
          <input type="radio" name="theme" id="theme-${value}" .checked=${theme === value} @change=${() => choose({ theme: value })} />
          <label for="theme-${value}">${words.themes[value]}</label>
        </div>`,
      )}
    </fieldset>
    ${limit.shown ? limitControl(limit) : nothing}
    ${widget === 'timeline'
      ? html`<div class="choice">
          <input type="checkbox" id="sparks-only" .checked=${sparksOnly} @change=${(event: Event) => choose({ sparksOnly: checked(event) })} />
          <label for="sparks-only">${words.sparksOnly}</label>
        </div>`
      : nothing}
    ${widget === 'badge'
      ? nothing
      : html`<div class="control">
          <label for="heading-level">${words.headingLevel}</label>
          <select id="heading-level" class="input input--short" aria-describedby="heading-level-hint" @change=${(event: Event) =>
            choose({ headingLevel: Number(valueOf(event)) })}>
            ${HEADING_LEVELS.map((level) => html`<option value=${level} ?selected=${level === headingLevel}>${level}</option>`)}
          </select>
          <p id="heading-level-hint" class="hint">${words.headingLevelHint}</p>
        </div>`}
    <div class="choice">
      <input type="checkbox" id="lazy" .checked=${lazy} @change=${(event: Event) => choose({ lazy: checked(event) })} />
      <label for="lazy">${words.lazy}</label>
    </div>
  </fieldset>`;
}

function limitControl({ text, invalid, input }: LimitField) {
  return html`<div class="control">
    <label for="limit">${words.limit}</label>
    <input
      id="limit"
      class="input input--short"
      type="number"
      inputmode="numeric"
      min="0"
      max=${MAX_LIMIT}
      step="1"
      .value=${text}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${invalid ? 'limit-error' : nothing}
      @input=${(event: Event) => input(event.target as HTMLInputElement)}
    />
    ${invalid ? html`<p id="limit-error" class="error">${words.limitInvalid(MAX_LIMIT)}</p>` : nothing}
  </div>`;
}

/** Where the data and the code come from, as typed. */
export interface SourceFields {
  endpoint: string;
  /** The endpoint as typed is not a URL the builder can read. */
  endpointInvalid: boolean;
  loader: string;
  /** The loader as typed is not a URL the snippets may name. */
  loaderInvalid: boolean;
  changeEndpoint(value: string): void;
  changeLoader(value: string): void;
}

export function sourcesField(sources: SourceFields) {
  return html`<fieldset class="field">
    <legend>${words.sourcesLegend}</legend>
    ${urlControl('endpoint', words.endpoint, sources.endpoint, sources.endpointInvalid, sources.changeEndpoint)}
    ${urlControl('loader', words.loader, sources.loader, sources.loaderInvalid, sources.changeLoader, words.loaderHint)}
  </fieldset>`;
}

/** A URL field, read when the reader commits it (`change`), with its error when it is refused, then its hint. */
function urlControl(id: string, label: string, value: string, invalid: boolean, change: (value: string) => void, hint?: string) {
  const notes = [invalid && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return html`<div class="control">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      class="input"
      type="url"
      spellcheck="false"
      .value=${value}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${notes || nothing}
      @change=${(event: Event) => change(valueOf(event))}
    />
    ${invalid ? html`<p id="${id}-error" class="error">${words.urlInvalid}</p>` : nothing}
    ${hint ? html`<p id="${id}-hint" class="hint">${hint}</p>` : nothing}
  </div>`;
}
