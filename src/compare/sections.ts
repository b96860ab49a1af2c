import { html, nothing } from 'lit';
import type { Index, Product, ProductSummary } from '../contract/types.js';
import { boxHeights } from '../element/box.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import { feedTemplate } from '../feed/feed.template.js';
import type { FeedItem } from '../model/feed.js';
import type { FaqEntry } from '../text/faq.js';
import { heading } from '../element/heading.js';
import { fillTemplate } from '../text/format.js';
import { isolate } from '../text/isolate.js';
import type { Words } from '../text/words.js';
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
  /** The widget's words, in its language. */
  words: Words;
  /** The language of the endpoint's texts, marked on every element that shows them. */
  dataLang: string;
  /** The level of the sections' headings; sub-headings are one below. */
  level: number;
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

/** A section's heading, one line. */
const sectionHeading = (c: Comparison, text: string) => heading(c.level, 'heading clamp', text);

function glance(c: Comparison) {
  const { a, b, words, dataLang } = c;
  const cell = (content: unknown, lang?: string) => html`<div class="clamp" lang=${lang ?? nothing}>${content}</div>`;
  const row = (label: string, value: (p: Product) => unknown, lang?: string) =>
    html`<tr><th scope="row">${cell(label)}</th><td>${cell(value(a), lang)}</td><td>${cell(value(b), lang)}</td></tr>`;
  return section(
    'glance',
    c,
    html`${sectionHeading(c, words.t('atAGlance'))}
      <table>
        <caption class="visually-hidden">${words.t('glanceCaption', { a: isolate(a.name), b: isolate(b.name) })}</caption>
        <colgroup><col class="glance__labels" /><col /><col /></colgroup>
        <thead>
          <tr><td></td><th scope="col">${cell(a.name, dataLang)}</th><th scope="col">${cell(b.name, dataLang)}</th></tr>
        </thead>
        <tbody>
          ${row(words.t('sector'), (p) => orDash(p.sector), dataLang)}
          ${row(words.t('velocityScore'), (p) => words.score(p.velocity))}
          ${row(words.t('sparks30d'), (p) => (p.sparks30d === undefined ? '—' : words.count(p.sparks30d)))}
          ${row(words.t('topThemes'), (p) => orDash(words.items(p.themes.slice(0, 4).map(isolate))), dataLang)}
          ${row(words.t('lastEditorialUpdate'), (p) => orDash(timeTemplate(p.lastEditorialUpdate, words)))}
          ${row(words.t('website'), (p) => (p.website ? linkOrText(p.website, hostname(p.website)) : '—'))}
        </tbody>
      </table>`,
  );
}

function whatis(c: Comparison) {
  const { words, dataLang } = c;
  const blurb = (p: Product) => html`<div class="blurb">
    ${heading(c.level, 'heading what-is clamp', words.t('whatIs', { name: isolate(p.name) }))}
    <p class="headline clamp" lang=${dataLang}>${p.headline}</p>
    <p class="summary clamp" lang=${dataLang}>${p.summary}</p>
    <p class="clamp">${linkOrText(productPage(c.index, p.slug), words.t('fullTrajectory', { name: isolate(p.name) }))}</p>
  </div>`;
  return section('whatis', c, html`<div class="columns">${blurb(c.a)}${blurb(c.b)}</div>`);
}

function editorial(c: Comparison) {
  const { words, dataLang } = c;
  const text = (value: string) => html`<dd class="clamp" lang=${value ? dataLang : nothing}>${orDash(value)}</dd>`;
  const side = (p: Product) => html`<article class="card">
    <header class="card__header">
      ${c.logo(p)}
      <span class="card__name" lang=${dataLang}>${heading(c.level + 1, 'subheading clamp', p.name, p.name)}</span>
      <span class="score">${words.t('velocity', { score: words.score(p.velocity) })}</span>
    </header>
    <p class="headline clamp" lang=${dataLang}>${p.headline}</p>
    <dl>
      <dt class="clamp">${words.t('currentState')}</dt>
      ${text(p.editorial.currentState)}
      <dt class="clamp">${words.t('heading')}</dt>
      ${text(p.editorial.heading)}
      <dt class="clamp">${words.t('prediction')}</dt>
      ${text(p.editorial.prediction)}
    </dl>
  </article>`;
  return section(
    'editorial',
    c,
    html`${sectionHeading(c, words.t('editorialSideBySide'))}
      <div class="columns">${side(c.a)}${side(c.b)}</div>`,
  );
}

function alternatives(c: Comparison) {
  const { index, a, b, words, dataLang } = c;
  const versus = (alt: ProductSummary, p: Product) =>
    linkOrText(
      comparePage(index, p.slug, alt.slug),
      html`<span class="visually-hidden">${alt.name} </span>${words.t('versus', { name: isolate(p.name) })}`,
    );
  const list =
    c.alternatives.length > 0
      ? html`<ol class="alternatives__list">
          ${c.alternatives.map(
            (alt) => html`<li>
              <div class="alternative">
                <span class="alternative__name" lang=${dataLang}>${linkOrText(productPage(index, alt.slug), alt.name, 'clamp', alt.name)}</span>
                <span class="score">${words.t('velocity', { score: words.score(alt.velocity) })}</span>
                <span class="alternative__versus">${versus(alt, a)} ${versus(alt, b)}</span>
              </div>
            </li>`,
          )}
        </ol>`
      : c.shape.alternatives > 0
        ? html`<p class="alternatives__none muted clamp">${words.t('noAlternatives')}</p>`
        : nothing;
  const all = alternativesPage(index, a.slug);
  return section(
    'alternatives',
    c,
    html`${sectionHeading(c, words.t('alternatives'))}
      <div class="alternatives__list-box">${list}</div>
      <p class="alternatives__all clamp">
        ${all
          ? html`<a href=${all} rel="noopener noreferrer"
              >${words.t('allAlternatives', { name: isolate(a.name) })}<span class="arrow" aria-hidden="true"></span
            ></a>`
          : nothing}
      </p>`,
  );
}

function activity(c: Comparison) {
  const label = c.words.t('recentActivity');
  return section(
    'activity',
    c,
    html`${sectionHeading(c, label)} ${feedTemplate(c.activity, c.words, label, c.shape.limit, c.dataLang)}`,
  );
}

function faq(c: Comparison) {
  return section(
    'faq',
    c,
    html`${sectionHeading(c, c.words.t('faq'))}
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
