// What the embed builder's reader has chosen, and the rules every change
// keeps: a comparison has two different products, a timeline one to twenty,
// a comparison at least one section. Pure functions, so the builder element
// only applies them and says what they return.
import { SECTIONS, type Section } from '../compare/section-names.js';
import { DEFAULT_HEADING_LEVEL } from '../element/heading.js';
import { DEFAULT_THEME } from '../element/sp-element.js';
import { DEFAULT_LIMIT } from '../page/geometry.js';
import { MAX_PRODUCTS } from '../timeline/sp-timeline.js';
import type { EmbedOptions } from './snippets.js';
import { words } from './words.js';

/** What the reader chose, apart from where the data and the code come from. */
export interface Choices extends Omit<EmbedOptions, 'sections' | 'endpoint' | 'loader'> {
  /** Every section, in the chosen order. */
  order: readonly Section[];
  /** The sections that are ticked. */
  shown: readonly Section[];
}

/** The choices before the index is read: its first products are filled in by {@link adopt}. */
export const FIRST_CHOICES: Choices = {
  widget: 'compare',
  a: '',
  b: '',
  products: [],
  product: '',
  order: SECTIONS,
  shown: SECTIONS,
  limit: DEFAULT_LIMIT,
  sparksOnly: false,
  headingLevel: DEFAULT_HEADING_LEVEL,
  theme: DEFAULT_THEME,
  lazy: false,
};

/** What a choice changes, if anything, and what to tell the reader of it. */
export interface Change {
  changes?: Partial<Choices>;
  say?: string;
}

/** Keeps the choices that the new index still lists, and fills the rest from its first products. */
export function adopt(choices: Choices, slugs: readonly string[]): Choices {
  const listed = (slug: string) => slugs.includes(slug);
  const { a, b, products, product } = choices;
  const newA = listed(a) ? a : (slugs.find((slug) => slug !== b) ?? '');
  const newB = listed(b) && b !== newA ? b : (slugs.find((slug) => slug !== newA) ?? '');
  const kept = products.filter(listed);
  return {
    ...choices,
    a: newA,
    b: newB,
    products: kept.length > 0 ? kept : slugs.slice(0, 1),
    product: listed(product) ? product : (slugs[0] ?? ''),
  };
}

/** A comparison always has two products: choosing the other side's swaps them. */
export function chooseForComparison(choices: Choices, side: 'a' | 'b', slug: string, nameOf: (slug: string) => string): Change {
  const other = side === 'a' ? 'b' : 'a';
  if (slug !== choices[other]) return { changes: { [side]: slug } };
  const swapped = { [side]: slug, [other]: choices[side] } as Pick<Choices, 'a' | 'b'>;
  return { changes: swapped, say: words.swapped(nameOf(swapped.a), nameOf(swapped.b)) };
}

/** Adds a timeline's product, or removes it when it was chosen; never below one or above {@link MAX_PRODUCTS}. */
export function toggleProduct(choices: Choices, slug: string, nameOf: (slug: string) => string): Change {
  const { products } = choices;
  if (products.includes(slug)) {
    if (products.length === 1) return { say: words.needsOneProduct };
    return { changes: { products: products.filter((chosen) => chosen !== slug) }, say: words.removed(nameOf(slug)) };
  }
  if (products.length >= MAX_PRODUCTS) return { say: words.tooManyProducts(MAX_PRODUCTS) };
  return { changes: { products: [...products, slug] }, say: words.added(nameOf(slug)) };
}

/** Ticks or unticks a comparison's section; the last one stays ticked. */
export function toggleSection(choices: Choices, section: Section, ticked: boolean): Change {
  const { shown } = choices;
  if (ticked) return { changes: { shown: [...shown, section] } };
  if (shown.length === 1) return { say: words.needsOneSection };
  return { changes: { shown: shown.filter((kept) => kept !== section) } };
}

/** Moves a section one place up (-1) or down (1); nothing past either end. */
export function moveSection(choices: Choices, section: Section, step: -1 | 1): Change {
  const order = [...choices.order];
  const from = order.indexOf(section);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return {};
  order.splice(from, 1);
  order.splice(to, 0, section);
  return { changes: { order }, say: words.moved(words.sections[section], to + 1, order.length) };
}
