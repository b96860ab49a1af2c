/**
 * The embed builder's snippets, written from its options with no DOM: the
 * script-tag HTML with its fallback and size hint, React, Vue, Markdown
 * badges and shields.io URLs, with every value from the data escaped.
 */
import { expect } from '@open-wc/testing';
import { SECTIONS } from '../../src/compare/section-names.js';
import type { Index } from '../../src/contract/types.js';
import { compareHeight, timelineHeight } from '../../src/page/geometry.js';
import {
  DEFAULT_LOADER,
  elementAttributes,
  isComplete,
  LINE_BREAK,
  markdownBadges,
  reactSnippet,
  scriptTagSnippet,
  shieldsUrls,
  sizeHint,
  vueSnippet,
  widgetAttributes,
  type EmbedOptions,
} from '../../src/builder/snippets.js';

const E = 'https://data.example.com/sparkpulse/v1/';

const index: Index = {
  version: 1,
  language: 'en',
  site: {
    name: 'Sparkpulse',
    url: 'https://sparkpulse.example/',
    productUrl: 'https://sparkpulse.example/products/{slug}',
    compareUrl: 'https://sparkpulse.example/compare/{a}-vs-{b}',
  },
  products: [
    { slug: 'kafka', name: 'Apache Kafka', sector: 'DevOps', velocity: 5, sparks30d: 0 },
    { slug: 'linkerd', name: 'Linkerd', sector: 'DevOps', velocity: 2.5, sparks30d: 0 },
    { slug: 'grafana', name: 'Grafana', sector: 'DevOps', velocity: 7.3, sparks30d: 1 },
  ],
};

const options = (changes: Partial<EmbedOptions> = {}): EmbedOptions => ({
  widget: 'compare',
  a: 'kafka',
  b: 'linkerd',
  products: ['kafka'],
  product: 'kafka',
  sections: SECTIONS,
  limit: 12,
  sparksOnly: false,
  headingLevel: 2,
  theme: 'inherit',
  lazy: false,
  endpoint: E,
  loader: DEFAULT_LOADER,
  ...changes,
});

/** The size hint the builder computes, by the formula its comment gives. */
const emOf = ({ em, px, space }: { em: number; px: number; space: number }) => Math.floor(em + space + px / 16);

describe('the builder’s snippets', () => {
  it('breaks lines with a line feed', () => {
    expect(LINE_BREAK).to.equal('\n');
  });

  it('counts a comparison complete only with two different products', () => {
    expect(isComplete(options())).to.be.true;
    expect(isComplete(options({ b: '' }))).to.be.false;
    expect(isComplete(options({ b: 'kafka' }))).to.be.false;
    expect(isComplete(options({ widget: 'timeline', products: [] }))).to.be.false;
    expect(isComplete(options({ widget: 'badge', product: 'kafka' }))).to.be.true;
  });

  describe('attributes', () => {
    it('writes only what differs from the defaults', () => {
      expect(widgetAttributes(options())).to.deep.equal([
        ['a', 'kafka'],
        ['b', 'linkerd'],
      ]);
    });

    it('writes the sections in the chosen order, and every other option that was changed', () => {
      const attributes = widgetAttributes(options({ sections: ['faq', 'glance', 'activity'], limit: 5, headingLevel: 3, theme: 'dark', lazy: true }));
      expect(attributes).to.deep.equal([
        ['a', 'kafka'],
        ['b', 'linkerd'],
        ['sections', 'faq glance activity'],
        ['limit', '5'],
        ['heading-level', '3'],
        ['theme', 'dark'],
        ['loading', 'lazy'],
      ]);
    });

    it('writes no theme for the page’s own look, the default, and names a palette of the widget’s own', () => {
      expect(widgetAttributes(options({ theme: 'inherit' })).map(([name]) => name)).not.to.include('theme');
      expect(widgetAttributes(options({ theme: 'light' }))).to.deep.include(['theme', 'light']);
    });

    it('leaves out a comparison’s limit when it shows no activity', () => {
      expect(widgetAttributes(options({ sections: ['glance', 'faq'], limit: 5 })).map(([name]) => name)).not.to.include('limit');
    });

    it('writes a timeline’s products with commas and sparks-only without a value', () => {
      expect(widgetAttributes(options({ widget: 'timeline', products: ['kafka', 'linkerd'], sparksOnly: true, limit: 8 }))).to.deep.equal([
        ['products', 'kafka,linkerd'],
        ['limit', '8'],
        ['sparks-only', true],
      ]);
    });

    it('gives a badge no limit and no heading level, which it does not have', () => {
      expect(widgetAttributes(options({ widget: 'badge', product: 'grafana', limit: 3, headingLevel: 4 }))).to.deep.equal([['product', 'grafana']]);
    });
  });

  describe('the size hint', () => {
    it('is the wide comparison’s height from the loader’s geometry, in whole em rounded down', () => {
      const height = compareHeight({ sections: SECTIONS, alternatives: 3, limit: 12 }, 'wide');
      expect(sizeHint(options())).to.equal(`min-height: ${emOf(height)}em`);
      expect(emOf(height)).to.be.within(60, 200);
    });

    it('follows the sections and the limit', () => {
      const height = compareHeight({ sections: ['glance', 'activity'], alternatives: 3, limit: 4 }, 'wide');
      expect(sizeHint(options({ sections: ['glance', 'activity'], limit: 4 }))).to.equal(`min-height: ${emOf(height)}em`);
    });

    it('is the wide timeline’s height for a timeline', () => {
      expect(sizeHint(options({ widget: 'timeline', limit: 8 }))).to.equal(`min-height: ${emOf(timelineHeight(8, 'wide'))}em`);
    });

    it('is left out for a badge, whose box is the same in every state', () => {
      expect(sizeHint(options({ widget: 'badge' }))).to.equal(undefined);
      expect(elementAttributes(options({ widget: 'badge' })).map(([name]) => name)).to.deep.equal(['product']);
    });
  });

  describe('the script-tag snippet', () => {
    it('names the endpoint and the loader, then the comparison with its size hint and a link to its page', () => {
      const hint = sizeHint(options());
      expect(scriptTagSnippet(options({ loader: 'https://cdn.example/sp/sparkpulse.js' }), index)).to.equal(
        [
          '<!-- Once per page, in its <head> -->',
          `<meta name="sparkpulse:endpoint" content="${E}">`,
          '<script src="https://cdn.example/sp/sparkpulse.js"></script>',
          '',
          '<!-- Where the widget goes -->',
          `<sp-compare a="kafka" b="linkerd" style="${hint}">`,
          '  <p><a href="https://sparkpulse.example/compare/kafka-vs-linkerd">Apache Kafka vs Linkerd on Sparkpulse</a></p>',
          '</sp-compare>',
        ].join('\n'),
      );
    });

    it('links a timeline’s fallback to each product’s page', () => {
      const snippet = scriptTagSnippet(options({ widget: 'timeline', products: ['kafka', 'linkerd', 'grafana'] }), index);
      expect(snippet).to.include(
        '<p>Recent activity: <a href="https://sparkpulse.example/products/kafka">Apache Kafka</a>, ' +
          '<a href="https://sparkpulse.example/products/linkerd">Linkerd</a> and ' +
          '<a href="https://sparkpulse.example/products/grafana">Grafana</a> on Sparkpulse.</p>',
      );
    });

    it('gives a badge its SVG image as fallback, and no size hint', () => {
      const snippet = scriptTagSnippet(options({ widget: 'badge', product: 'kafka', theme: 'dark' }), index);
      expect(snippet).to.include(
        `<sp-velocity-badge product="kafka" theme="dark">\n  <img src="${E}badges/kafka.svg" alt="Apache Kafka velocity" height="20">\n</sp-velocity-badge>`,
      );
    });

    it('writes the text without a link when the site has no such page', () => {
      const bare: Index = { ...index, site: { name: 'Sparkpulse' } };
      expect(scriptTagSnippet(options(), bare)).to.include('  <p>Apache Kafka vs Linkerd on Sparkpulse</p>');
    });

    it('escapes names and URLs from the data', () => {
      const hostile: Index = {
        ...index,
        site: { ...index.site, name: 'Spark<b>"pulse"</b>' },
        products: [{ ...index.products[0], name: '<script>alert(1)</script> & "Kafka"' }, index.products[1]],
      };
      const snippet = scriptTagSnippet(options({ loader: 'https://cdn.example/"><script>x</script>' }), hostile);
      expect(snippet).not.to.include('<script>alert');
      expect(snippet).not.to.include('<script>x');
      expect(snippet).not.to.include('<b>');
      expect(snippet).to.include('&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;Kafka&#34; vs Linkerd on Spark&#60;b&#62;');
      const parsed = new DOMParser().parseFromString(snippet, 'text/html');
      expect(parsed.querySelectorAll('script')).to.have.length(1);
      expect(parsed.querySelector('sp-compare a')!.textContent).to.equal('<script>alert(1)</script> & "Kafka" vs Linkerd on Spark<b>"pulse"</b>');
    });
  });

  describe('the React snippet', () => {
    it('imports the component and passes the element’s properties, numbers as numbers', () => {
      const hint = sizeHint(options({ limit: 5 }))!.replace('min-height: ', '');
      expect(reactSnippet(options({ limit: 5, theme: 'auto', lazy: true }))).to.equal(
        "import { SpCompare } from '@sparkpulse/widgets/react';\n\n" +
          `<SpCompare a="kafka" b="linkerd" limit={5} theme="auto" loading="lazy" endpoint="${E}" style={{ minHeight: '${hint}' }} />`,
      );
    });

    it('writes lists as arrays, and sparks-only and heading-level as camelCase properties', () => {
      const snippet = reactSnippet(options({ widget: 'timeline', products: ['kafka', 'linkerd'], sparksOnly: true, headingLevel: 3 }));
      expect(snippet).to.match(/^import \{ SpTimeline \} from '@sparkpulse\/widgets\/react';/);
      expect(snippet).to.include("<SpTimeline products={['kafka', 'linkerd']} sparksOnly headingLevel={3} endpoint=");
      expect(reactSnippet(options({ sections: ['faq', 'glance'] }))).to.include("<SpCompare a=\"kafka\" b=\"linkerd\" sections={['faq', 'glance']} endpoint=");
    });

    it('uses SpVelocityBadge for a badge', () => {
      expect(reactSnippet(options({ widget: 'badge', product: 'grafana' }))).to.include(`<SpVelocityBadge product="grafana" endpoint="${E}" />`);
    });
  });

  describe('the Vue snippet', () => {
    it('registers the element, notes isCustomElement, and uses the element in the template', () => {
      const snippet = vueSnippet(options({ widget: 'timeline', products: ['kafka', 'linkerd'], limit: 8 }));
      expect(snippet).to.include("import '@sparkpulse/widgets/sp-timeline.js';");
      expect(snippet).to.include("isCustomElement: (tag) => tag.startsWith('sp-')");
      expect(snippet).to.include(
        `<template>\n  <sp-timeline products="kafka,linkerd" limit="8" endpoint="${E}" style="${sizeHint(options({ widget: 'timeline', limit: 8 }))}"></sp-timeline>\n</template>`,
      );
    });
  });

  describe('badges without JavaScript', () => {
    it('links the badge’s SVG image to the product’s page in Markdown', () => {
      expect(markdownBadges(options({ widget: 'badge' }), index)).to.equal(
        `[![Apache Kafka velocity](${E}badges/kafka.svg)](https://sparkpulse.example/products/kafka)`,
      );
    });

    it('offers the badge of each of a comparison’s products, one a line', () => {
      expect(markdownBadges(options(), index).split('\n')).to.deep.equal([
        `[![Apache Kafka velocity](${E}badges/kafka.svg)](https://sparkpulse.example/products/kafka)`,
        `[![Linkerd velocity](${E}badges/linkerd.svg)](https://sparkpulse.example/products/linkerd)`,
      ]);
    });

    it('writes the image alone when the site has no product pages, and escapes Markdown in names', () => {
      const odd: Index = { ...index, site: { name: 'Sparkpulse' }, products: [{ ...index.products[0], name: 'Kafka [beta]\n](x)' }] };
      expect(markdownBadges(options({ widget: 'badge' }), odd)).to.equal(`![Kafka \\[beta\\] \\]\\(x\\) velocity](${E}badges/kafka.svg)`);
    });

    it('gives shields.io the endpoint document’s URL, encoded', () => {
      expect(shieldsUrls(options({ widget: 'badge' }))).to.equal(
        `https://img.shields.io/endpoint?url=${encodeURIComponent(`${E}shields/kafka.json`)}`,
      );
      expect(shieldsUrls(options())).to.equal(
        ['kafka', 'linkerd'].map((slug) => `https://img.shields.io/endpoint?url=https%3A%2F%2Fdata.example.com%2Fsparkpulse%2Fv1%2Fshields%2F${slug}.json`).join('\n'),
      );
    });
  });
});
