// The model behind the loader's estimate (src/page/geometry.ts): how tall each
// part of a widget is on typical data, from the stylesheets' spacing and the
// typical texts' lengths, for a width `w` in em. It is too much code for the
// loader, which every page downloads: geometry.ts carries, for each part and
// layout, the two numbers of a + b / (w − c) fitted to it, and
// geometry-model.test.ts checks them against it.
//
// Every height is in em of the widget's font; a pixel is taken as 1/16 em and
// the space token as 1em. Lines are 1.5em, whatever the font size.
import { ALTERNATIVE_GAP_EM, CELL_PAD_EM, FAQ_PAD_EM, FEED_META_EM, GAP_EM, LEAN, LOGO_EM, TYPICAL } from '../../src/page/geometry.js';

/** The average advance of a character, in em of its font, in the test browser's sans-serif: measured on the typical data. */
export const CHAR_EM = 0.52;
/** What a line loses to the word that did not fit at its end, in em. */
export const WRAP_EM = 1;
/** How much longer the longer of two typical texts side by side is than a typical one (of two lengths from 300 to 600: 500 against 450). */
export const PAIR_LONGER = 1.1;

/**
 * Lines of `n` characters (scaled by their font size) in a column `c` em wide:
 * one when they fit; else as many as they fill, each short by the word that
 * wrapped, and half a line more. Texts of many lengths (`varied`, such as
 * activity titles) wrap a little even when the typical one fits.
 */
export function lines(n: number, c: number, varied = false): number {
  const filled = (n * CHAR_EM) / Math.max(c - WRAP_EM, 1) + 0.5;
  return varied || n * CHAR_EM > c ? Math.max(1, filled) : 1;
}

const text = (n: number, c: number) => lines(n, c) * 1.5;
const stack = (...blocks: number[]) => blocks.reduce((a, b) => a + b + GAP_EM);
const heading = (n: number, w: number) => text(1.25 * n, w) + GAP_EM;
const { name, themes, theme } = TYPICAL;
/** The prose, as the estimate takes it: LEAN times typical. */
const [headline, block, title] = [TYPICAL.headline, TYPICAL.block, TYPICAL.title].map((n) => LEAN * n);
/** "Apache Kafka vs Linkerd: " */
const versus = 2 * name + 6;

/** A's block and B's: side by side when wide (as tall as the longer), one above the other, a space apart, when narrow. */
const pair = (part: (c: number, longer: number) => number, w: number, wide: boolean) => (wide ? part((w - 1) / 2, PAIR_LONGER) : 2 * part(w, 1) + 1);

/** Each part of a widget, for a width `w` in em and its layout. */
export const PARTS: Record<string, (w: number, wide: boolean) => number> = {
  intro: (w) => stack(1.5, lines(1.5 * versus, w) * 1.875, text(headline, w)),
  glance: (w) => {
    // The table's columns: labels (34%), values (33% each), less their padding.
    const label = 0.34 * w - 1;
    const value = 0.33 * w - 1;
    const perLine = Math.floor(value / ((theme + 2) * CHAR_EM));
    const themeLines = perLine ? Math.ceil(themes / perLine) : themes * lines(theme, value);
    // The names, sector, score, sparks, themes, last update and website rows; padding and a rule each.
    const rows = [lines(name, value), 1, lines(12, label), lines(11, label), themeLines, lines(18, label), 1];
    return heading(versus + 12, w) + rows.reduce((sum, n) => sum + n * 1.5 + 2 * CELL_PAD_EM + 1 / 16, 0);
  },
  whatis: (w, wide) => pair((c, k) => stack(text(29, c), text(1.05 * k * headline, c), text(k * block, c), text(name + 28, c)), w, wide),
  editorial: (w, wide) =>
    heading(versus + 24, w) +
    pair(
      (c, k) => {
        // Inside the card's padding and border: a header, the sector, a headline and three labelled blocks.
        const inner = c - 2 - 1 / 8;
        const paragraph = text(k * block, inner);
        return stack(LOGO_EM, 1.5, text(1.05 * k * headline, inner), 1.5, paragraph, 1.5, paragraph, 1.5, paragraph) + 2 + 1 / 8;
      },
      w,
      wide,
    ),
  /** The heading and the links to every alternative, without the list. */
  alternatives: (w) => heading(2 * name + 20, w) + text(4 * name + 42, w),
  /** The alternatives' intro sentence and the gaps around their list. */
  alternativesIntro: (w) => text(150, w) + 2 * GAP_EM,
  /** The heading and intro, without the feed. */
  activity: (w) => heading(2 * name + 27, w) + text(2 * name + 90, w) + GAP_EM,
  faq: (w) => heading(26, w) + [2 * name + 36, 2 * name + 22, name + 35, name + 35].reduce((sum, n) => sum + text(1.05 * n, w - 1.5) + 2 * FAQ_PAD_EM + 1 / 16, 0),
  /** One feed row and its rule: when wide, the time above the product (two lines), the title beside them. */
  row: (w, wide) => (wide ? Math.max(2, lines(title, w - FEED_META_EM - 2.5, true)) : 1 + lines(title, w, true)) * 1.5 + 2 * CELL_PAD_EM + 1 / 16,
};

/** One alternative in the list: two lines when narrow, one when wide, and the gap to the next. */
export const alternativeRow = (wide: boolean) => (wide ? 1.5 : 3) + ALTERNATIVE_GAP_EM;
