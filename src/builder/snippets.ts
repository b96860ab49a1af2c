// The code the embed builder hands out, written from its options: pure
// functions, with no DOM, so each snippet can be checked without a browser.
// Everything that comes from the endpoint (names, URLs) is data: it is
// escaped for the language it lands in, and inert wherever it is pasted.
// Pages are run through template engines before and after they are HTML:
// Liquid, Nunjucks, Hugo and Handlebars read `{{`, `{%` and `{#` in the
// source, Vue and Angular read `{{` in the DOM, where references are already
// decoded, and a JavaScript template literal reads `${`. So no such pair
// from the data reaches a snippet whole: each language breaks it its own way.
import { SECTIONS, type Section } from '../compare/section-names.js';
import type { Index } from '../contract/types.js';

/** What the snippets need of the endpoint: its site, and the names of the products chosen. */
export type Named = Pick<Index, 'site'> & { products: readonly { slug: string; name: string }[] };
import { DEFAULT_THEME, type Theme } from '../element/sp-element.js';
import { DEFAULT_HEADING_LEVEL } from '../element/heading.js';
import { compareHeight, DEFAULT_ALTERNATIVES, DEFAULT_LIMIT, timelineHeight, type Length } from '../page/geometry.js';
import { fillTemplate } from '../text/format.js';
import { words } from './words.js';

/** The widgets the builder configures. */
export const WIDGETS = ['compare', 'timeline', 'badge'] as const;
export type Widget = (typeof WIDGETS)[number];

/** Each widget's tag without its prefix: `sp-` + this. */
export const TAG_ENDINGS = { compare: 'compare', timeline: 'timeline', badge: 'velocity-badge' } as const satisfies Record<Widget, string>;

/** The components of `@sparkpulse/widgets/react`. */
export const REACT_COMPONENTS = { compare: 'SpCompare', timeline: 'SpTimeline', badge: 'SpVelocityBadge' } as const satisfies Record<Widget, string>;

/**
 * A line break, made at run time: the script-tag build turns every raw line
 * break in its minified code into a space, as it expects them only inside
 * Lit's templates, and its minifier writes '\n' (or String.fromCharCode(10),
 * which it folds) as a raw one. test/builder/script-tag.test.ts checks the
 * built snippets keep their lines.
 */
export const LINE_BREAK = String.fromCodePoint(10);

/** The loader URL when nothing better is known: the README's placeholder. */
export const DEFAULT_LOADER = 'https://your-cdn.example/sparkpulse/sparkpulse.js';

/** Everything a snippet says. Only the widget's own products count: a comparison's are `a` and `b`. */
export interface EmbedOptions {
  widget: Widget;
  /** The comparison's products. */
  a: string;
  b: string;
  /** The timeline's products. */
  products: readonly string[];
  /** The badge's product. */
  product: string;
  /** The comparison's sections, in order. */
  sections: readonly Section[];
  /** Activity items, for a comparison with its activity section and a timeline. */
  limit: number;
  /** The comparison's and the timeline's `lines`: the fixed box, 0 for whole texts. */
  lines: number;
  /** The timeline's `sparks-only`. */
  sparksOnly: boolean;
  /** The comparison's and the timeline's `heading-level`. */
  headingLevel: number;
  theme: Theme;
  lazy: boolean;
  /** Absolute, ending in `/`. */
  endpoint: string;
  /** Where `sparkpulse.js` is served from. */
  loader: string;
}

/** An attribute as HTML writes it; `true` for one without a value. */
export type Attribute = readonly [name: string, value: string | true];

/** The products the chosen widget shows. */
export function chosenSlugs(options: EmbedOptions): string[] {
  const slugs = { compare: [options.a, options.b], timeline: [...options.products], badge: [options.product] }[options.widget];
  return slugs.filter(Boolean);
}

/** Whether the options name every product their widget needs: a comparison two different ones. */
export function isComplete(options: EmbedOptions): boolean {
  if (options.widget === 'compare') return Boolean(options.a && options.b) && options.a !== options.b;
  return chosenSlugs(options).length > 0;
}

const sameOrder = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * The widget's attributes, in the order the README writes them, each left
 * out at its default: a snippet says only what differs.
 */
export function widgetAttributes(options: EmbedOptions): Attribute[] {
  const { widget } = options;
  const attributes: Attribute[] = [];
  if (widget === 'compare') {
    attributes.push(['a', options.a], ['b', options.b]);
    if (!sameOrder(options.sections, SECTIONS)) attributes.push(['sections', options.sections.join(' ')]);
  }
  if (widget === 'timeline') attributes.push(['products', options.products.join(',')]);
  if (widget === 'badge') attributes.push(['product', options.product]);
  if (showsActivity(options) && options.limit !== DEFAULT_LIMIT) attributes.push(['limit', String(options.limit)]);
  if (widget === 'timeline' && options.sparksOnly) attributes.push(['sparks-only', true]);
  if (widget !== 'badge' && options.headingLevel !== DEFAULT_HEADING_LEVEL) {
    attributes.push(['heading-level', String(options.headingLevel)]);
  }
  if (widget !== 'badge' && options.lines > 0) attributes.push(['lines', String(options.lines)]);
  if (options.theme !== DEFAULT_THEME) attributes.push(['theme', options.theme]);
  if (options.lazy) attributes.push(['loading', 'lazy']);
  return attributes;
}

/** Whether `limit` changes anything: a timeline, or a comparison that shows its activity. */
export function showsActivity(options: EmbedOptions): boolean {
  return options.widget === 'timeline' || (options.widget === 'compare' && options.sections.includes('activity'));
}

/**
 * The loaded widget's height, as a `min-height` in em, for the states whose
 * height data decides (error, empty, a timeline's untracked note): with it
 * the box the loader reserved stays. A badge's box is the same in every
 * state, so it needs none.
 *
 * It comes from the geometry the loader reserves with, for the wide layout
 * (35em and wider) and the default `--sp-space` of 1em, and is rounded down:
 * the hint is in the host's em, which equals the widget's when the page's
 * text is at the reader's default size, and a hint taller than the widget
 * would leave a gap under it once loaded. In a narrow column the widget is
 * taller than the hint, which then keeps most, not all, of its box.
 */
export function sizeHint(options: EmbedOptions): string | undefined {
  let height: Length;
  if (options.widget === 'compare') {
    height = compareHeight({ sections: options.sections, alternatives: DEFAULT_ALTERNATIVES, limit: options.limit, lines: options.lines }, 'wide');
  } else if (options.widget === 'timeline') {
    height = timelineHeight(options.limit, 'wide', options.lines);
  } else {
    return undefined;
  }
  // 16px to the em at the default font size; the space token is 1em.
  return `min-height: ${Math.floor(height.em + height.space + height.px / 16)}em`;
}

/** The attributes of the pasted element: the widget's, then the size hint. */
export function elementAttributes(options: EmbedOptions): Attribute[] {
  const hint = sizeHint(options);
  return hint ? [...widgetAttributes(options), ['style', hint]] : widgetAttributes(options);
}

/** `c` as a numeric character reference, which HTML and Markdown decode. */
const reference = (c: string) => `&#${c.codePointAt(0)};`;

/**
 * Data text as a reader should see it: isolated (U+2068 … U+2069) when it
 * holds a bidi control, so it cannot turn the words after it around.
 */
const isolated = (text: string) => (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text) ? `\u2068${text}\u2069` : text);

/**
 * Text safe in HTML content and in a double-quoted attribute. Braces are
 * references too, so no template engine reading the source finds a
 * delimiter, and so are controls and format characters (bidi overrides
 * among them), so none reorders or hides the code around it.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'{}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, reference);
}

/**
 * Data as HTML text: escaped, with an empty comment between the two
 * characters of each template delimiter, which a framework reading the DOM
 * (Vue's in-DOM templates) would otherwise find there whole.
 */
const htmlText = (text: string) => escapeHtml(text).replace(/&#123;(?=&#123;|[%#])|\$(?=&#123;)/g, '$&<!---->');

const htmlAttributes = (attributes: readonly Attribute[]) =>
  attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');

const nameOf = (index: Named, slug: string) => isolated(index.products.find((product) => product.slug === slug)?.name ?? slug);

const link = (href: string | undefined, html: string) => (href ? `<a href="${escapeHtml(href)}">${html}</a>` : html);

/** `{endpoint}badges/{slug}.svg`, written by `sparkpulse badges`. */
export const badgeImageUrl = (endpoint: string, slug: string) => `${endpoint}badges/${encodeURIComponent(slug)}.svg`;

/**
 * What the element holds for readers without JavaScript, and beside the
 * error state: a link to the page the widget mirrors, or for a badge its
 * SVG image, the fallback the README recommends there.
 */
export function fallbackHtml(options: EmbedOptions, index: Named): string {
  const site = htmlText(isolated(index.site.name));
  const name = (slug: string) => htmlText(nameOf(index, slug));
  if (options.widget === 'compare') {
    const { a, b } = options;
    return `<p>${link(fillTemplate(index.site.compareUrl, { a, b }), words.compareFallback(name(a), name(b), site))}</p>`;
  }
  if (options.widget === 'timeline') {
    const products = options.products.map((slug) => link(fillTemplate(index.site.productUrl, { slug }), name(slug)));
    return `<p>${words.timelineFallback(products, site)}</p>`;
  }
  const alt = escapeHtml(words.badgeAlt(nameOf(index, options.product)));
  return `<img src="${escapeHtml(badgeImageUrl(options.endpoint, options.product))}" alt="${alt}" height="20">`;
}

/** The script-tag embed: the page's endpoint and loader, then the element with its fallback. */
export function scriptTagSnippet(options: EmbedOptions, index: Named): string {
  const tag = `sp-${TAG_ENDINGS[options.widget]}`;
  return [
    `<!-- ${words.headComment} -->`,
    `<meta name="sparkpulse:endpoint" content="${escapeHtml(options.endpoint)}">`,
    `<script src="${escapeHtml(options.loader)}"></script>`,
    '',
    `<!-- ${words.widgetComment} -->`,
    `<${tag}${htmlAttributes(elementAttributes(options))}>`,
    `  ${fallbackHtml(options, index)}`,
    `</${tag}>`,
  ].join(LINE_BREAK);
}

/** Frameworks have no meta tag to rely on: the element names its endpoint. */
const frameworkAttributes = (options: EmbedOptions): Attribute[] => {
  const attributes = elementAttributes(options);
  const style = attributes.findIndex(([name]) => name === 'style');
  const endpoint: Attribute = ['endpoint', options.endpoint];
  return style < 0 ? [...attributes, endpoint] : [...attributes.slice(0, style), endpoint, ...attributes.slice(style)];
};

const camelCase = (name: string) => name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/**
 * A JavaScript string: single-quoted, as the project writes them, when
 * nothing in it needs escaping; else JSON's, with braces, controls and
 * format characters as escapes, so no template delimiter and no bidi control
 * is in the code.
 */
const jsString = (text: string) =>
  /^[\w .:/-]*$/.test(text)
    ? `'${text}'`
    : JSON.stringify(text).replace(/[{}\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);

/**
 * One JSX prop, typed as the component types it: lists as arrays, numbers
 * as numbers, the size hint as a style object, other strings quoted.
 */
function jsxProp([name, value]: Attribute): string {
  if (value === true) return camelCase(name);
  if (name === 'products' || name === 'sections') return `${name}={[${value.split(/[\s,]+/).map(jsString).join(', ')}]}`;
  if (name === 'limit' || name === 'lines' || name === 'heading-level') return `${camelCase(name)}={${Number(value)}}`;
  if (name === 'style') {
    const [property, length] = value.split(/:\s*/);
    return `style={{ ${camelCase(property)}: ${jsString(length)} }}`;
  }
  // A JSX string cannot escape a quote, and decodes references; an expression can hold anything.
  return /^[^"{}<>&\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u.test(value) ? `${name}="${value}"` : `${name}={${jsString(value)}}`;
}

/** `@sparkpulse/widgets/react`'s component, its props the element's properties. */
export function reactSnippet(options: EmbedOptions): string {
  const component = REACT_COMPONENTS[options.widget];
  const props = frameworkAttributes(options).map(jsxProp).join(' ');
  return [`import { ${component} } from '@sparkpulse/widgets/react';`, '', `<${component} ${props} />`].join(LINE_BREAK);
}

/** A single-file component that registers the element and uses it in its template. */
export function vueSnippet(options: EmbedOptions): string {
  const tag = `sp-${TAG_ENDINGS[options.widget]}`;
  return [
    '<script setup>',
    `// ${words.vueComment}`,
    `import '@sparkpulse/widgets/${tag}.js';`,
    '</script>',
    '',
    '<template>',
    `  <${tag}${htmlAttributes(frameworkAttributes(options))}></${tag}>`,
    '</template>',
  ].join(LINE_BREAK);
}

/**
 * Data as Markdown link or alt text, on one line: every ASCII punctuation
 * character backslash-escaped, so none starts markup or formatting and no
 * template delimiter is left whole; `<` and `&` as references, which no
 * renderer reads as HTML; controls and format characters as references.
 */
const markdownText = (text: string) =>
  text.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~\p{Cc}\p{Cf}]/gu, (c) => (/[<&\p{Cc}\p{Cf}]/u.test(c) ? reference(c) : `\\${c}`));

/**
 * A URL Markdown reads to its end and as written: no spaces, parentheses,
 * angle brackets, braces or backslashes, which are percent-encoded, and no
 * `&` that would start a reference, which is written as one itself (marked
 * ignores a backslash there).
 */
const markdownUrl = (url: string) =>
  url
    .replace(/[\s()<>{}\\]/g, (c) => (c > '~' ? encodeURIComponent(c) : `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`))
    .replace(/&(?=#?\w+;)/g, reference);

/**
 * The SVG badge of each chosen product, linked to its page when the site has
 * product pages: `[![Apache Kafka velocity](…/badges/kafka.svg)](…/products/kafka)`.
 */
export function markdownBadges(options: EmbedOptions, index: Named): string {
  return chosenSlugs(options)
    .map((slug) => {
      const image = `![${markdownText(words.badgeAlt(nameOf(index, slug)))}](${markdownUrl(badgeImageUrl(options.endpoint, slug))})`;
      const page = fillTemplate(index.site.productUrl, { slug });
      return page ? `[${image}](${markdownUrl(page)})` : image;
    })
    .join(LINE_BREAK);
}

/** shields.io's endpoint badge of each chosen product, from `{endpoint}shields/{slug}.json`. */
export function shieldsUrls(options: EmbedOptions): string {
  return chosenSlugs(options)
    .map((slug) => `https://img.shields.io/endpoint?url=${encodeURIComponent(`${options.endpoint}shields/${encodeURIComponent(slug)}.json`)}`)
    .join(LINE_BREAK);
}

/** The snippets the builder offers, in the order it shows them. */
export const SNIPPETS = ['html', 'react', 'vue', 'markdown', 'shields'] as const;
export type SnippetKind = (typeof SNIPPETS)[number];

/** Every snippet for `options`. */
export function allSnippets(options: EmbedOptions, index: Named): Record<SnippetKind, string> {
  return {
    html: scriptTagSnippet(options, index),
    react: reactSnippet(options),
    vue: vueSnippet(options),
    markdown: markdownBadges(options, index),
    shields: shieldsUrls(options),
  };
}
