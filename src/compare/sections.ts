import { html, nothing } from 'lit';
import type { Product, ProductSummary, Site } from '../contract/types.js';
import { bidiText } from '../element/bidi.js';
import { linkOrText } from '../element/link.js';
import { timeTemplate } from '../element/time.js';
import { feedTemplate } from '../feed/feed.template.js';
import type { FeedItem } from '../model/feed.js';
import { sentences, type FaqEntry } from '../text/faq.js';
import { heading } from '../element/heading.js';
import { fillTemplate } from '../text/format.js';
import { isolate } from '../text/isolate.js';
import type { Words } from '../text/words.js';
import { alternativesPage } from './comparison-faq.js';

import type { SectionName } from './section-names.js';

export { SECTIONS, SECTION_NAMES, type Section, type SectionName } from './section-names.js';

/** Everything the sections render, derived once per load. */
export interface Comparison {
  /** The site that publishes the endpoint: its name and page templates. */
  site: Site;
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
  /** How many alternatives the `alternatives` attribute asks for. */
  alternativesWanted: number;
  /** The product's logo, or its initials. */
  logo: (p: Product) => unknown;
  /**
   * A long text, as the `lines` attribute holds it: `key` names it among the
   * comparison's texts, `what` names it for its "Show more" button.
   */
  long: (key: string, content: unknown, what: string) => unknown;
}

const productPage = (site: Site, slug: string) => fillTemplate(site.productUrl, { slug });
const comparePage = (site: Site, a: string, b: string) => fillTemplate(site.compareUrl, { a, b });

function hostname(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** A cell, or a dash for a value the data did not have. */
const orDash = (value: unknown) => (value === undefined || value === '' || value === nothing ? '—' : value);

/** "→", or "←" right to left: drawn by the stylesheet, never read out. */
const arrow = html`<span class="arrow" aria-hidden="true"></span>`;

/** Both products' names, isolated, for the sentences that name them. */
const names = ({ a, b }: Comparison) => ({ a: isolate(a.name), b: isolate(b.name) });

/** The sectors of A and B, once each, the empty one left out. */
const sectorsOf = ({ a, b }: Comparison) => [...new Set([a.sector, b.sector].filter(Boolean))];

/** The section and its part names. */
function section(name: SectionName, content: unknown) {
  return html`<section part="section ${name}" class="section--${name}">${content}</section>`;
}

/** A section's heading. */
const sectionHeading = (c: Comparison, text: string) => heading(c.level, 'heading', text);

/** The site's page header: "Comparison · DevOps", "Apache Kafka vs Linkerd" and one line on what follows. */
function intro(c: Comparison) {
  const { words, site } = c;
  const sectors = sectorsOf(c);
  return section(
    'intro',
    html`<p class="kicker">
        ${bidiText(sectors.length > 0 ? words.t('introKicker', { sector: words.list(sectors.map(isolate)) }) : words.t('introKickerPlain'))}
      </p>
      ${heading(c.level, 'title', words.t('comparison', names(c)))}
      <p class="description">${bidiText(words.t('introDescription', { ...names(c), site: isolate(site.name) }))}</p>`,
  );
}

function glance(c: Comparison) {
  const { a, b, words, dataLang } = c;
  const row = (label: string, value: (p: Product) => unknown, lang?: string) =>
    html`<tr><th scope="row">${label}</th><td lang=${lang ?? nothing}>${value(a)}</td><td lang=${lang ?? nothing}>${value(b)}</td></tr>`;
  const visit = (url: string) => {
    const site = hostname(url);
    return html`<a href=${url} rel="noopener noreferrer" title=${site} aria-label=${words.t('visitSite', { site: isolate(site) })}
      >${words.t('visit')}${arrow}</a
    >`;
  };
  return section(
    'glance',
    html`${sectionHeading(c, words.t('glanceHeading', names(c)))}
      <table>
        <caption class="visually-hidden">${bidiText(words.t('glanceCaption', names(c)))}</caption>
        <colgroup><col class="glance__labels" /><col /><col /></colgroup>
        <thead>
          <tr><td></td><th scope="col" lang=${dataLang}>${a.name}</th><th scope="col" lang=${dataLang}>${b.name}</th></tr>
        </thead>
        <tbody>
          ${row(words.t('sector'), (p) => orDash(p.sector), dataLang)}
          ${row(words.t('velocityScore'), (p) => words.score(p.velocity))}
          ${row(words.t('sparks30d'), (p) => (p.sparks30d === undefined ? '—' : words.count(p.sparks30d)))}
          ${row(words.t('topThemes'), (p) => orDash(bidiText(words.items(p.themes.map(isolate)))), dataLang)}
          ${row(words.t('lastEditorialUpdate'), (p) => orDash(timeTemplate(p.lastEditorialUpdate, words)))}
          ${row(words.t('website'), (p) => (p.website ? visit(p.website) : '—'))}
        </tbody>
      </table>`,
  );
}

/** A paragraph of the data's text, or nothing when the data has none. */
const paragraph = (className: string, text: string, lang: string, long = (content: unknown): unknown => content) =>
  text ? html`<p class=${className} lang=${lang}>${long(text)}</p>` : nothing;

/** Which product of the two, in a text's key. */
const sideOf = (c: Comparison, p: Product) => (p === c.a ? 'a' : 'b');

function whatis(c: Comparison) {
  const { words, dataLang } = c;
  const blurb = (p: Product) => html`<div class="blurb">
    ${heading(c.level, 'heading', words.t('whatIs', { name: isolate(p.name) }))}
    ${paragraph('headline', p.headline, dataLang, (text) => c.long(`whatis-${sideOf(c, p)}-headline`, text, isolate(p.name)))}
    ${paragraph('summary', p.summary, dataLang, (text) => c.long(`whatis-${sideOf(c, p)}-summary`, text, isolate(p.name)))}
    <p>${linkOrText(productPage(c.site, p.slug), html`${bidiText(words.t('fullTrajectory', { name: isolate(p.name) }))}${arrow}`)}</p>
  </div>`;
  return section('whatis', html`<div class="columns">${blurb(c.a)}${blurb(c.b)}</div>`);
}

function editorial(c: Comparison) {
  const { words, dataLang } = c;
  const block = (p: Product, key: keyof Product['editorial'], label: string) => {
    const value = p.editorial[key];
    const what = words.t('blockOf', { name: isolate(p.name), block: label });
    return html`<dt><span class="mark" aria-hidden="true">◆</span> ${label}</dt>
      <dd lang=${value ? dataLang : nothing}>${value ? c.long(`editorial-${sideOf(c, p)}-${key}`, value, what) : '—'}</dd>`;
  };
  const side = (p: Product) => html`<article class="card">
    <header class="card__header">
      ${c.logo(p)}
      <span class="card__name" lang=${dataLang}>${heading(c.level + 1, 'subheading', p.name)}</span>
      <span class="score">${words.t('velocity', { score: words.score(p.velocity) })}</span>
    </header>
    ${paragraph('tag', p.sector, dataLang)}
    ${paragraph('headline', p.headline, dataLang, (text) => c.long(`editorial-${sideOf(c, p)}-headline`, text, isolate(p.name)))}
    <dl>
      ${block(p, 'currentState', words.t('currentState'))} ${block(p, 'heading', words.t('heading'))}
      ${block(p, 'prediction', words.t('prediction'))}
    </dl>
  </article>`;
  return section(
    'editorial',
    html`${sectionHeading(c, words.t('editorialHeading', names(c)))}
      <div class="columns">${side(c.a)}${side(c.b)}</div>`,
  );
}

/** "Other DevOps products tracked by Sparkpulse, ranked by recent ship velocity. OpenTelemetry leads at 8.1, …" */
function alternativesIntro(c: Comparison, [leader]: ProductSummary[]) {
  const { words, a, b } = c;
  const site = isolate(c.site.name);
  const [sectorA, sectorB] = sectorsOf(c).map(isolate);
  return sentences(
    words,
    sectorB ? words.t('alternativesIntroTwo', { sectorA, sectorB, site }) : words.t('alternativesIntro', { sector: sectorA, site }),
    words.t('alternativesLeader', {
      ...names(c),
      name: isolate(leader.name),
      score: words.score(leader.velocity),
      scoreA: words.score(a.velocity),
      scoreB: words.score(b.velocity),
    }),
  );
}

function alternatives(c: Comparison) {
  const { site, a, b, words, dataLang } = c;
  const versus = (alt: ProductSummary, p: Product) =>
    linkOrText(
      comparePage(site, p.slug, alt.slug),
      html`<span class="visually-hidden">${alt.name} </span>${bidiText(words.t('versus', { name: isolate(p.name) }))}`,
    );
  const list =
    c.alternatives.length > 0
      ? html`<p class="intro">${c.long('alternatives-intro', bidiText(alternativesIntro(c, c.alternatives)), words.t('alternativesHeading', names(c)))}</p>
          <ol class="alternatives__list">
            ${c.alternatives.map(
              (alt) => html`<li class="alternative">
                <span class="alternative__name" lang=${dataLang}>${linkOrText(productPage(site, alt.slug), alt.name)}</span>
                <span class="score">${words.t('velocity', { score: words.score(alt.velocity) })}</span>
                <span class="alternative__versus">${versus(alt, a)} ${versus(alt, b)}</span>
              </li>`,
            )}
          </ol>`
      : c.alternativesWanted > 0
        ? html`<p class="muted">${bidiText(words.t('noAlternatives', { site: isolate(site.name) }))}</p>`
        : nothing;
  // "See all Apache Kafka alternatives → · See all Linkerd alternatives →", each when the site has that page.
  const all = [a, b].flatMap((p) => {
    const href = alternativesPage(site, p.slug);
    return href ? [html`<a href=${href} rel="noopener noreferrer">${bidiText(words.t('allAlternatives', { name: isolate(p.name) }))}${arrow}</a>`] : [];
  });
  return section(
    'alternatives',
    html`${sectionHeading(c, words.t('alternativesHeading', names(c)))} ${list}
    ${all.length > 0
      ? html`<p class="alternatives__all">${all.map((link, i) => html`${i > 0 ? html`<span aria-hidden="true"> · </span>` : nothing}${link}`)}</p>`
      : nothing}`,
  );
}

function activity(c: Comparison) {
  const { words } = c;
  const label = words.t('activityHeading', names(c));
  return section(
    'activity',
    html`${sectionHeading(c, label)}
      <p class="intro">${bidiText(sentences(words, words.t('activityIntro', names(c)), words.t('sparkLegend')))}</p>
      ${feedTemplate(c.activity, words, label, c.dataLang, (i, title, product) => c.long(`activity-${i}`, title, product))}`,
  );
}

/** An answer, its last sentence a link when it names a page of the site. */
function answer({ answer, link }: FaqEntry) {
  if (!link || !answer.endsWith(link.text)) return bidiText(answer);
  return html`${bidiText(answer.slice(0, -link.text.length))}<a href=${link.href} rel="noopener noreferrer">${bidiText(link.text)}</a>`;
}

function faq(c: Comparison) {
  return section(
    'faq',
    html`${sectionHeading(c, c.words.t('faqHeading'))}
      <div>
        ${c.faq.map(
          (entry, i) => html`<details>
            <summary><span>${bidiText(entry.question)}</span></summary>
            <p>${c.long(`faq-${i}`, answer(entry), entry.question)}</p>
          </details>`,
        )}
      </div>`,
  );
}

/** One render function per section name. */
export const renderSection: Record<SectionName, (c: Comparison) => unknown> = {
  intro,
  glance,
  whatis,
  editorial,
  alternatives,
  activity,
  faq,
};
