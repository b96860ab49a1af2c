import { html, nothing } from 'lit';
import type { Index, Product, ProductSummary } from '../contract/types.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import { feedTemplate } from '../feed/feed.template.js';
import type { FeedItem } from '../model/feed.js';
import type { FaqEntry } from '../text/faq.js';
import { fillTemplate, formatVelocity } from '../text/format.js';
import { messages } from '../text/messages.js';
import { sectionMessages } from '../text/section-messages.js';

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
  /** The product's logo, or its initials. */
  logo: (p: Product) => unknown;
}

const productPage = (index: Index, slug: string) => fillTemplate(index.site.productUrl, { slug });
const comparePage = (index: Index, a: string, b: string) => fillTemplate(index.site.compareUrl, { a, b });

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A cell, or a dash for a value the data did not have. */
const orDash = (value: unknown) => (value === undefined || value === '' || value === nothing ? '—' : value);

function glance({ a, b, lang }: Comparison) {
  const row = (label: string, cell: (p: Product) => unknown) =>
    html`<tr><th scope="row">${label}</th><td>${cell(a)}</td><td>${cell(b)}</td></tr>`;
  return html`<section part="section glance" class="glance">
    <h2>At a glance</h2>
    <div class="table-scroll">
      <table>
        <thead><tr><td></td><th scope="col">${a.name}</th><th scope="col">${b.name}</th></tr></thead>
        <tbody>
          ${row('Sector', (p) => orDash(p.sector))}
          ${row('Velocity score', (p) => formatVelocity(p.velocity))}
          ${row('Sparks · 30d', (p) => orDash(p.sparks30d))}
          ${row('Top themes', (p) => orDash(p.themes.slice(0, 4).join(', ')))}
          ${row('Last editorial update', (p) => orDash(timeTemplate(p.lastEditorialUpdate, lang)))}
          ${row('Website', (p) => (p.website ? linkOrText(p.website, hostname(p.website)) : '—'))}
        </tbody>
      </table>
    </div>
  </section>`;
}

function whatis({ index, a, b }: Comparison) {
  const blurb = (p: Product) => html`<div class="whatis__product">
    <h2>${sectionMessages.whatIs(p.name)}</h2>
    ${p.headline ? html`<p class="headline">${p.headline}</p>` : nothing}
    ${p.summary ? html`<p>${p.summary}</p>` : nothing}
    ${linkOrText(productPage(index, p.slug), sectionMessages.fullTrajectory(p.name))}
  </div>`;
  return html`<section part="section whatis" class="columns">${blurb(a)}${blurb(b)}</section>`;
}

function editorial({ a, b, logo }: Comparison) {
  const { currentState, heading, prediction } = sectionMessages.editorial;
  const side = (p: Product) => html`<article class="editorial__product">
    <header class="editorial__header">
      ${logo(p)}
      <h3>${p.name}</h3>
      <span class="score">${messages.velocity(formatVelocity(p.velocity))}</span>
    </header>
    ${p.headline ? html`<p class="headline">${p.headline}</p>` : nothing}
    <dl>
      <dt>${currentState}</dt>
      <dd>${orDash(p.editorial.currentState)}</dd>
      <dt>${heading}</dt>
      <dd>${orDash(p.editorial.heading)}</dd>
      <dt>${prediction}</dt>
      <dd>${orDash(p.editorial.prediction)}</dd>
    </dl>
  </article>`;
  return html`<section part="section editorial">
    <h2>Editorial side-by-side</h2>
    <div class="columns">${side(a)}${side(b)}</div>
  </section>`;
}

function alternatives({ index, a, b, alternatives }: Comparison) {
  const versus = (alt: ProductSummary, p: Product) =>
    linkOrText(
      comparePage(index, p.slug, alt.slug),
      html`<span class="visually-hidden">${alt.name} </span>${sectionMessages.versus(p.name)}`,
    );
  return html`<section part="section alternatives">
    <h2>Alternatives</h2>
    ${alternatives.length === 0
      ? html`<p class="muted">${sectionMessages.noAlternatives}</p>`
      : html`<ol class="alternatives">
          ${alternatives.map(
            (alt) => html`<li>
              ${linkOrText(productPage(index, alt.slug), alt.name, 'alternatives__name')}
              <span class="score">${messages.velocity(formatVelocity(alt.velocity))}</span>
              <span class="alternatives__versus">${versus(alt, a)} ${versus(alt, b)}</span>
            </li>`,
          )}
        </ol>`}
  </section>`;
}

function activity({ activity, lang }: Comparison) {
  return html`<section part="section activity">
    <h2>${sectionMessages.recentActivity}</h2>
    ${feedTemplate(activity, lang, sectionMessages.recentActivity)}
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
