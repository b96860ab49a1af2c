// The height of every block widget, known before any data arrives. The loader
// reserves it before the first paint, the placeholder draws it, and the loaded
// content fills it: every text that data can make longer is clamped to a fixed
// number of lines, so data of any length gives the same height and nothing
// on the host page moves. No Lit here: the loader uses this module too.

export const DEFAULT_LIMIT = 12;
/** Most activity items a widget shows; a larger `limit` is clamped. */
export const MAX_LIMIT = 200;
export const DEFAULT_ALTERNATIVES = 3;
/** Most alternatives `<sp-compare>` lists. */
export const MAX_ALTERNATIVES = 20;

/** The widget's own width, in its em, from which sections sit side by side. */
export const WIDE_FROM_EM = 35;

/** Lines of text each clamped block keeps; the rest ends in "…". */
export const LINES = {
  /** "What is Apache Kafka?" */
  whatIs: 2,
  headline: 2,
  summary: 5,
  /** Current state, where it's heading, prediction. */
  editorial: 4,
  /** Every cell of the at-a-glance table, its row labels included. */
  cell: 2,
  question: 2,
  feedTitle: 2,
} as const;

/** Body text: line-height 1.5 at 1em. Headings: 1.25em with line-height 1.2, the same 1.5em. */
export const LINE_EM = 1.5;
/** Space between a section's heading and its content, and between blocks inside a section. */
export const GAP_EM = 0.5;
/** Vertical padding of a table cell, a feed row and an FAQ question, top and bottom each. */
export const CELL_PAD_EM = 0.25;
export const FAQ_PAD_EM = 0.5;
/** The glance table: a header row and six rows. */
export const GLANCE_ROWS = 7;
export const FAQ_QUESTIONS = 4;
/** The editorial card's header: the logo's size. */
export const LOGO_EM = 2;
/** Between two alternatives. */
export const ALTERNATIVE_GAP_EM = 0.25;

export type Layout = 'narrow' | 'wide';

/** A length as em + px + n × the widget's space token (`--sp-space`), so one formula serves every stylesheet. */
export interface Length {
  em: number;
  px: number;
  space: number;
}

const length = (em: number, px = 0, space = 0): Length => ({ em, px, space });
const sum = (...parts: Length[]): Length =>
  parts.reduce((a, b) => length(a.em + b.em, a.px + b.px, a.space + b.space), length(0));
const times = (n: number, l: Length): Length => length(n * l.em, n * l.px, n * l.space);

/** CSS for `l`; `space` is how the stylesheet at hand spells the space token. */
export function cssLength(l: Length, space: string): string {
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return `calc(${round(l.em)}em + ${round(l.px)}px + ${round(l.space)} * ${space})`;
}

const lines = (n: number) => length(n * LINE_EM);
/** A section's heading and the gap below it. */
const heading = length(LINE_EM + GAP_EM);

/** One feed row: its lines, padding and the 1px rule below it. */
export function feedRow(layout: Layout): Length {
  const rowLines = layout === 'wide' ? LINES.feedTitle : 1 + LINES.feedTitle;
  return sum(lines(rowLines), length(2 * CELL_PAD_EM, 1));
}

/** A feed of `rows` rows; the last has no rule. An empty feed holds its one-line message. */
export function feedHeight(rows: number, layout: Layout): Length {
  return rows === 0 ? lines(1) : sum(times(rows, feedRow(layout)), length(0, -1));
}

/** One alternative: name, score and links on one line when wide, on two when narrow. */
export function alternativeRow(layout: Layout): Length {
  return lines(layout === 'wide' ? 1 : 2);
}

export function alternativesList(count: number, layout: Layout): Length {
  if (count === 0) return length(0);
  return sum(times(count, alternativeRow(layout)), length((count - 1) * ALTERNATIVE_GAP_EM));
}

/** A blurb of the "What is …?" section: heading, headline, summary and a link. */
const whatIsBlurb = sum(lines(LINES.whatIs + LINES.headline + LINES.summary + 1), length(3 * GAP_EM));

/** An editorial card's content: header, headline, and three labelled texts. */
const editorialCard = sum(
  length(LOGO_EM),
  lines(LINES.headline + 3 * (1 + LINES.editorial)),
  length(7 * GAP_EM),
  // Padding on both sides, and a 1px border.
  length(0, 2, 2),
);

/** Two of `block` side by side when wide, one above the other (with a space between) when narrow. */
const pair = (block: Length, layout: Layout) => (layout === 'wide' ? block : sum(times(2, block), length(0, 0, 1)));

/** What decides a comparison's height besides its width. */
export interface CompareShape {
  sections: readonly string[];
  alternatives: number;
  limit: number;
}

/** The height of one section of `<sp-compare>`; an unknown name has none. */
export function sectionHeight(section: string, shape: CompareShape, layout: Layout): Length | undefined {
  switch (section) {
    case 'glance':
      return sum(heading, times(GLANCE_ROWS, sum(lines(LINES.cell), length(2 * CELL_PAD_EM, 1))));
    case 'whatis':
      return pair(whatIsBlurb, layout);
    case 'editorial':
      return sum(heading, pair(editorialCard, layout));
    case 'alternatives':
      // The line below the list holds the link to every alternative, when the site has that page.
      return sum(heading, alternativesList(shape.alternatives, layout), length(GAP_EM), lines(1));
    case 'activity':
      return sum(heading, feedHeight(shape.limit, layout));
    case 'faq':
      return sum(heading, times(FAQ_QUESTIONS, sum(lines(LINES.question), length(2 * FAQ_PAD_EM, 1))));
    default:
      return undefined;
  }
}

/** The loaded comparison's height: its known sections, with a space between two. */
export function compareHeight(shape: CompareShape, layout: Layout): Length {
  const heights = shape.sections.flatMap((name) => sectionHeight(name, shape, layout) ?? []);
  return sum(...heights, length(0, 0, Math.max(0, heights.length - 1)));
}

/** The loaded timeline's height: the feed inside its padded, bordered box. */
export function timelineHeight(limit: number, layout: Layout): Length {
  return sum(feedHeight(limit, layout), length(0, 2, 2));
}
