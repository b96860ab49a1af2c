import { html, nothing } from 'lit';
import type { Index, Product, ProductSummary } from '../contract/schema.js';
import { timeTemplate } from '../element/time.js';
import { feedTemplate } from '../feed/feed.template.js';
import type { FeedItem } from '../model/feed.js';
import type { FaqEntry } from '../text/faq.js';
import { fillTemplate, formatVelocity } from '../text/format.js';
import { messages } from '../text/messages.js';

/** The section names the `sections` attribute accepts, in their default order. */
export const SECTIONS = ['glance', 'whatis', 'editorial', 'alternatives', 'activity', 'faq'] as const;
export type Section = (typeof SECTIONS)[number];

/** Everything the sections render, derived once per load. */
export interface Comparison {
  index: Index;
  a: Product;
  b: Product;
  alternatives: ProductSummary[];
  faq: FaqEntry[];
  activity: FeedItem[];
  lang: string;
}

const productPage = (index: Index, slug: string) => fillTemplate(index.site.productUrl, { slug });
const comparePage = (index: Index, a: string, b: string) => fillTemplate(index.site.compareUrl, { a, b });

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

function glance({ a, b, lang }: Comparison) {
  const row = (label: string, cell: (p: Product) => unknown) =>
    html`<tr><th scope="row">${label}</th><td>${cell(a)}</td><td>${cell(b)}</td></tr>`;
  return html`<section part="section glance" class="glance">
    <h2>At a glance</h2>
    <div class="table-scroll">
      <table>
        <thead><tr><td></td><th scope="col">${a.name}</th><th scope="col">${b.name}</th></tr></thead>
        <tbody>
          ${row('Sector', (p) => p.sector)}
          ${row('Velocity score', (p) => formatVelocity(p.velocity))}
          ${row('Sparks · 30d', (p) => p.sparks30d)}
          ${row('Top themes', (p) => p.themes.slice(0, 4).join(', '))}
          ${row('Last editorial update', (p) => timeTemplate(p.lastEditorialUpdate, lang))}
          ${row('Website', (p) => html`<a href=${p.website}>${hostname(p.website)}</a>`)}
        </tbody>
      </table>
    </div>
  </section>`;
}

function whatis({ index, a, b }: Comparison) {
  const blurb = (p: Product) => html`<div class="whatis__product">
    <h2>${messages.whatIs(p.name)}</h2>
    <p class="headline">${p.headline}</p>
    <p>${p.summary}</p>
    <a href=${productPage(index, p.slug)}>${messages.fullTrajectory(p.name)}</a>
  </div>`;
  return html`<section part="section whatis" class="columns">${blurb(a)}${blurb(b)}</section>`;
}

function editorial({ a, b }: Comparison) {
  const side = (p: Product) => html`<article class="editorial__product">
    <header class="editorial__header">
      ${p.logo ? html`<img class="logo" src=${p.logo} alt="" width="32" height="32" loading="lazy" />` : nothing}
      <h3>${p.name}</h3>
      <span class="score">${messages.velocity(formatVelocity(p.velocity))}</span>
    </header>
    <p class="headline">${p.headline}</p>
    <dl>
      <dt>Current state</dt>
      <dd>${p.editorial.currentState}</dd>
      <dt>Where it's heading</dt>
      <dd>${p.editorial.heading}</dd>
      <dt>Prediction</dt>
      <dd>${p.editorial.prediction}</dd>
    </dl>
  </article>`;
  return html`<section part="section editorial">
    <h2>Editorial side-by-side</h2>
    <div class="columns">${side(a)}${side(b)}</div>
  </section>`;
}

function alternatives({ index, a, b, alternatives }: Comparison) {
  const versus = (alt: ProductSummary, p: Product) =>
    html`<a href=${comparePage(index, p.slug, alt.slug)}
      ><span class="visually-hidden">${alt.name} </span>${messages.versus(p.name)}</a
    >`;
  return html`<section part="section alternatives">
    <h2>Alternatives</h2>
    ${alternatives.length === 0
      ? html`<p class="muted">${messages.noAlternatives}</p>`
      : html`<ol class="alternatives">
          ${alternatives.map(
            (alt) => html`<li>
              <a class="alternatives__name" href=${productPage(index, alt.slug)}>${alt.name}</a>
              <span class="score">${messages.velocity(formatVelocity(alt.velocity))}</span>
              <span class="alternatives__versus">${versus(alt, a)} ${versus(alt, b)}</span>
            </li>`,
          )}
        </ol>`}
  </section>`;
}

function activity({ activity, lang }: Comparison) {
  return html`<section part="section activity">
    <h2>${messages.recentActivity}</h2>
    ${feedTemplate(activity, lang, messages.recentActivity)}
  </section>`;
}

function faq({ faq }: Comparison) {
  return html`<section part="section faq">
    <h2>FAQ</h2>
    ${faq.map(
      (entry) => html`<details>
        <summary>${entry.question}</summary>
        <p>${entry.answer}</p>
      </details>`,
    )}
  </section>`;
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
