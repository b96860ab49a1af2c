import { html, nothing } from 'lit';
import type { Index, Product, ProductSummary } from '../contract/types.js';
import { boxHeights } from '../element/box.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import { feedTemplate } from '../feed/feed.template.js';
import type { FeedItem } from '../model/feed.js';
import type { FaqEntry } from '../text/faq.js';
import { fillTemplate, formatVelocity } from '../text/format.js';
import { messages } from '../text/messages.js';
import { sectionMessages } from '../text/section-messages.js';
import { sectionHeight, type CompareShape } from '../page/geometry.js';

import type { Section } from './section-names.js';

export { SECTIONS, type Section } from './section-names.js';

/** Everything the sections render, derived once per load. */
export interface Comparison {
  index: Index;
  a: Product;
  b: Product;
  alternatives: ProductSummary[];
  faq: FaqEntry[];
  activity: FeedItem[];
  lang: string;
  /** What decides the sections' heights. */
  shape: CompareShape;
  /** The product's logo, or its initials. */
  logo: (p: Product) => unknown;
}

const productPage = (index: Index, slug: string) => fillTemplate(index.site.productUrl, { slug });
const comparePage = (index: Index, a: string, b: string) => fillTemplate(index.site.compareUrl, { a, b });
const alternativesPage = (index: Index, slug: string) => fillTemplate(index.site.alternativesUrl, { slug });

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A cell, or a dash for a value the data did not have. */
const orDash = (value: unknown) => (value === undefined || value === '' || value === nothing ? '—' : value);

/** The section's part names, and its height from geometry.ts. */
function section(name: Section, { shape }: Comparison, content: unknown) {
  return html`<section part="section ${name}" class="section--${name} box" style=${boxHeights((layout) => sectionHeight(name, shape, layout))}>
    ${content}
  </section>`;
}

function glance(c: Comparison) {
  const { a, b, lang } = c;
  const cell = (content: unknown) => html`<div class="clamp">${content}</div>`;
  const row = (label: string, value: (p: Product) => unknown) =>
    html`<tr><th scope="row">${cell(label)}</th><td>${cell(value(a))}</td><td>${cell(value(b))}</td></tr>`;
  return section(
    'glance',
    c,
    html`<h2 class="clamp">At a glance</h2>
      <table>
        <colgroup><col class="glance__labels" /><col /><col /></colgroup>
        <thead>
          <tr><td></td><th scope="col">${cell(a.name)}</th><th scope="col">${cell(b.name)}</th></tr>
        </thead>
        <tbody>
          ${row('Sector', (p) => orDash(p.sector))}
          ${row('Velocity score', (p) => formatVelocity(p.velocity))}
          ${row('Sparks · 30d', (p) => orDash(p.sparks30d))}
          ${row('Top themes', (p) => orDash(p.themes.slice(0, 4).join(', ')))}
          ${row('Last editorial update', (p) => orDash(timeTemplate(p.lastEditorialUpdate, lang)))}
          ${row('Website', (p) => (p.website ? linkOrText(p.website, hostname(p.website)) : '—'))}
        </tbody>
      </table>`,
  );
}

function whatis(c: Comparison) {
  const blurb = (p: Product) => html`<div class="blurb">
    <h2 class="what-is clamp">${sectionMessages.whatIs(p.name)}</h2>
    <p class="headline clamp">${p.headline}</p>
    <p class="summary clamp">${p.summary}</p>
    <p class="clamp">${linkOrText(productPage(c.index, p.slug), sectionMessages.fullTrajectory(p.name))}</p>
  </div>`;
  return section('whatis', c, html`<div class="columns">${blurb(c.a)}${blurb(c.b)}</div>`);
}

function editorial(c: Comparison) {
  const { currentState, heading, prediction } = sectionMessages.editorial;
  const side = (p: Product) => html`<article class="card">
    <header class="card__header">
      ${c.logo(p)}
      <h3 class="card__name clamp" title=${p.name}>${p.name}</h3>
      <span class="score">${messages.velocity(formatVelocity(p.velocity))}</span>
    </header>
    <p class="headline clamp">${p.headline}</p>
    <dl>
      <dt class="clamp">${currentState}</dt>
      <dd class="clamp">${orDash(p.editorial.currentState)}</dd>
      <dt class="clamp">${heading}</dt>
      <dd class="clamp">${orDash(p.editorial.heading)}</dd>
      <dt class="clamp">${prediction}</dt>
      <dd class="clamp">${orDash(p.editorial.prediction)}</dd>
    </dl>
  </article>`;
  return section(
    'editorial',
    c,
    html`<h2 class="clamp">Editorial side-by-side</h2>
      <div class="columns">${side(c.a)}${side(c.b)}</div>`,
  );
}

function alternatives(c: Comparison) {
  const { index, a, b } = c;
  const versus = (alt: ProductSummary, p: Product) =>
    linkOrText(
      comparePage(index, p.slug, alt.slug),
      html`<span class="visually-hidden">${alt.name} </span>${sectionMessages.versus(p.name)}`,
    );
  const list =
    c.alternatives.length > 0
      ? html`<ol class="alternatives__list">
          ${c.alternatives.map(
            (alt) => html`<li>
              <div class="alternative">
                ${linkOrText(productPage(index, alt.slug), alt.name, 'alternative__name clamp', alt.name)}
                <span class="score">${messages.velocity(formatVelocity(alt.velocity))}</span>
                <span class="alternative__versus">${versus(alt, a)} ${versus(alt, b)}</span>
              </div>
            </li>`,
          )}
        </ol>`
      : c.shape.alternatives > 0
        ? html`<p class="alternatives__none muted clamp">${sectionMessages.noAlternatives}</p>`
        : nothing;
  const all = alternativesPage(index, a.slug);
  return section(
    'alternatives',
    c,
    html`<h2 class="clamp">Alternatives</h2>
      <div class="alternatives__list-box">${list}</div>
      <p class="alternatives__all clamp">
        ${all
          ? html`<a href=${all} rel="noopener noreferrer">${sectionMessages.allAlternatives(a.name)}<span aria-hidden="true"> →</span></a>`
          : nothing}
      </p>`,
  );
}

function activity(c: Comparison) {
  return section(
    'activity',
    c,
    html`<h2 class="clamp">${sectionMessages.recentActivity}</h2>
      ${feedTemplate(c.activity, c.lang, sectionMessages.recentActivity, c.shape.limit)}`,
  );
}

function faq(c: Comparison) {
  return section(
    'faq',
    c,
    html`<h2 class="clamp">FAQ</h2>
      <div>
        ${c.faq.map(
          (entry) => html`<details>
            <summary><span class="clamp">${entry.question}</span></summary>
            <p>${entry.answer}</p>
          </details>`,
        )}
      </div>`,
  );
}

/** One render function per section name. */
export const renderSection: Record<Section, (c: Comparison) => unknown> = {
  glance,
  whatis,
  editorial,
  alternatives,
  activity,
  faq,
};
