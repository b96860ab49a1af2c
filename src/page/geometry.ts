// How tall a block widget will be once loaded, estimated before any data
// arrives, from its attributes and its width. Every text is shown whole, so
// the real height depends on the data: the estimate is for typical data, the
// site's own comparison pages (TYPICAL). The loader reserves it before the
// first paint and the placeholder draws it, both with the same CSS from
// compareHeightCss() or timelineHeightCss(), so the two are equal exactly;
// the loaded widget then takes its natural height. What that moves on a host
// page is measured by test/performance/unseen-data.test.ts and the bench.
//
// Every page downloads the loader, a page of badges too, so the loader gets
// each part's estimate as two numbers a layout (HEIGHTS), not the model they
// come from: that is test/page/geometry-model.ts, which
// test/page/geometry-model.test.ts checks them against. No Lit here: the
// loader uses this module too.
import { SECTION_NAMES } from '../compare/section-names.js';

export const DEFAULT_LIMIT = 12;
/** Most activity items a widget shows; a larger `limit` is clamped. */
export const MAX_LIMIT = 200;
export const DEFAULT_ALTERNATIVES = 3;
/** Most alternatives `<sp-compare>` lists. */
export const MAX_ALTERNATIVES = 20;

/** The widget's own width, in its em, from which sections sit side by side. */
export const WIDE_FROM_EM = 35;

// The stylesheets' spacing, which the model adds up.
/** Space between a section's heading and its content, and between blocks inside a section. */
export const GAP_EM = 0.5;
/** Vertical padding of a table cell and a feed row, top and bottom each. */
export const CELL_PAD_EM = 0.25;
/** Vertical padding of an FAQ question, top and bottom each. */
export const FAQ_PAD_EM = 0.5;
/** The editorial card's logo. */
export const LOGO_EM = 2;
/** Between two alternatives. */
export const ALTERNATIVE_GAP_EM = 0.25;
/** The feed's time column when narrow, and its column of time and product when wide. */
export const FEED_TIME_EM = 5;
export const FEED_META_EM = 9;

/**
 * Typical data, in characters: what the estimate is for. The site's comparison
 * pages have editorial blocks (a summary, the current state, where it's
 * heading, the prediction) of 300 to 600 characters, headlines of 100 to 160,
 * six themes, product names of about 14 and activity titles of about 58.
 */
export const TYPICAL = { name: 14, headline: 130, block: 450, themes: 6, theme: 16, title: 58 } as const;

/**
 * How much longer than typical the estimate takes the prose (headlines,
 * editorial blocks, activity titles) to be. A widget that comes out shorter
 * than its box keeps the box while it is in sight (src/element/box.ts), which
 * moves nothing; one that comes out taller moves what is under it at once.
 * So the estimate leans a little long: texts a fifth longer than typical,
 * still within the seed page's own range.
 */
export const LEAN = 1.2;

/** The activity items a typical product has. */
export const TYPICAL_ITEMS = 10;

export type Layout = 'narrow' | 'wide';

/** A length as em + px + n × the widget's space token (`--sp-space`). */
export interface Length {
  em: number;
  px: number;
  space: number;
}

/** What decides a comparison's height besides its width. */
export interface CompareShape {
  sections: readonly string[];
  alternatives: number;
  limit: number;
}

/**
 * Each part's height, in em, for a width `w` in em, as a + b / (w − c): for
 * the narrow layout [a, b], then the wide one [a, b], with c = 2em narrow and
 * 8em wide, the room a text line's column loses to the space around it. On
 * typical data, its prose LEAN times typical, a pixel taken as 1/16 em and
 * the space token as 1em: a host that changes either gets a less close
 * estimate, never a reservation unlike its placeholder. `alternatives` is without its list and `activity` without
 * its feed; `row` is one feed row and its rule, for the feed's own width.
 */
export const HEIGHTS: Record<string, Heights> = {
  intro: [3.12, 180, 5.46, 89],
  glance: [-1.39, 793, 15.83, 279],
  whatis: [12.22, 1080, 7.51, 1022],
  editorial: [28.77, 3168, 19.97, 2971],
  alternatives: [1.45, 126, 2.17, 79],
  alternativesIntro: [1.99, 106, 1.87, 93],
  activity: [2.79, 132, 2.44, 106],
  faq: [5.56, 246, 12.06, 10],
  row: [2.92, 49, 3.54, 1],
};

/** [a, b] narrow then wide, of a + b / (w − c). */
export type Heights = number[];

/** The c of a + b / (w − c), narrow then wide. */
export const COLUMN_LOSS = [2, 8];

/** `a` + `k` × `b`. */
const plus = (a: Heights, b: Heights, k = 1) => a.map((x, i) => x + k * b[i]);

/** `narrow` em when narrow, `wide` em when wide, whatever the width. */
const flat = (narrow: number, wide = narrow): Heights => [narrow, 0, wide, 0];

/** A feed of `rows` rows (the last without its rule), or its one-line message. */
const feed = (rows: number) => (rows ? plus(flat(-1 / 16), HEIGHTS.row, rows) : flat(1.5));

/** The rows a timeline of `products` products shows at most, as typical products have TYPICAL_ITEMS each. */
export const timelineRows = (limit: number, products: number) => Math.min(limit, products * TYPICAL_ITEMS);

/** `<sp-compare>` with `shape`: its known sections, a space between two. */
function compareHeights({ sections, alternatives: count, limit }: CompareShape): Heights {
  const known = sections.filter((section) => (SECTION_NAMES as readonly string[]).includes(section));
  let sum = flat(Math.max(0, known.length - 1));
  for (const section of known) {
    sum = plus(sum, HEIGHTS[section]);
    if (section === 'activity') sum = plus(sum, feed(timelineRows(limit, 2)));
    // The intro sentence and the list: two lines an alternative when narrow, one when wide.
    const gaps = (count - 1) * ALTERNATIVE_GAP_EM;
    if (section === 'alternatives' && count) sum = plus(plus(sum, HEIGHTS.alternativesIntro), flat(3 * count + gaps, 1.5 * count + gaps));
  }
  return sum;
}

/** How much narrower the inside of a timeline's box (its padding and border) is than the box. */
const TIMELINE_INSET = 2 + 1 / 8;

/** `<sp-timeline>`: the feed inside its padded, bordered box. */
const timelineHeights = (rows: number) => plus(feed(rows), flat(TIMELINE_INSET));

/** Widths, in em, at which the CSS follows the estimate: narrow, then wide. Between two, it is a straight line. */
const KNOTS = [
  [16, 20, 26, 35],
  [35, 44, 56, 80],
];

/** The estimate of layout `layout` (0 narrow, 1 wide) at a width `w` em, for a part `inset` em narrower than the widget. */
const heightAt = (heights: Heights, layout: number, w: number, inset = 0) =>
  heights[2 * layout] + heights[2 * layout + 1] / (w - inset - COLUMN_LOSS[layout]);

/**
 * The heights as CSS, for `padding-top`, where a percentage is of the
 * element's own width: from each knot down, a ramp, max(0, knot − width) ×
 * the change of slope there. The narrow layout below WIDE_FROM_EM and the
 * wide one from it, chosen without a container query: the huge factor makes
 * clamp() pick one or the other.
 */
function heightsCss(heights: Heights, inset = 0): string {
  const [narrow, wide] = KNOTS.map((knots, layout) => {
    const values = knots.map((w) => heightAt(heights, layout, w, inset));
    const slope = (i: number) => (i < 3 ? (values[i + 1] - values[i]) / (knots[i + 1] - knots[i]) : 0);
    const ramps = knots.map((knot, i) => (i ? ` + max(0em,${knot}em - 100%) * ${(slope(i) - slope(i - 1)).toFixed(4)}` : ''));
    return `calc(${values[3].toFixed(3)}em${ramps.join('')})`;
  });
  return `clamp(${wide},(${WIDE_FROM_EM}em - 100%) * 1e7,${narrow})`;
}

/** The CSS height of `<sp-compare>` with `shape`, for `padding-top`. */
export const compareHeightCss = (shape: CompareShape) => heightsCss(compareHeights(shape));

/** The CSS height of `<sp-timeline>` showing at most `rows` rows, for `padding-top`. */
export const timelineHeightCss = (rows: number) => heightsCss(timelineHeights(rows), TIMELINE_INSET);

/**
 * A height the widget has at least in `layout`, as a Length: its estimate at
 * the layout's widest (the narrow one's 35em, the wide one's 80em), where it
 * is shortest, for texts half as long as typical (the b of a + b / (w − c),
 * which the text's length scales, halved, and the estimate's LEAN taken out).
 */
const atLeast = (heights: Heights, layout: Layout, inset = 0): Length => {
  const wide = layout === 'wide' ? 1 : 0;
  return { em: heightAt(heights.map((value, i) => (i % 2 ? value / (2 * LEAN) : value)), wide, KNOTS[wide][3], inset), px: 0, space: 0 };
};

/**
 * A height `<sp-compare>` with `shape` has at least in `layout`, on data with
 * texts from half the typical length up: for a size hint (the builder's
 * `min-height`), which must not be taller than the loaded widget.
 */
export const compareHeight = (shape: CompareShape, layout: Layout): Length => atLeast(compareHeights(shape), layout);

/** A height `<sp-timeline>` with `limit` and typical products has at least in `layout`, as compareHeight(). */
export const timelineHeight = (limit: number, layout: Layout, products = 2): Length =>
  atLeast(timelineHeights(timelineRows(limit, products)), layout, TIMELINE_INSET);
