import { html, nothing } from 'lit';

/** The isolate marks: LRI, RLI, FSI open one, PDI closes it. */
const MARKS = /([\u2066-\u2069])/;
const DIRECTIONS: Record<string, string | undefined> = { '\u2066': 'ltr', '\u2067': 'rtl' };

interface Isolate {
  dir?: string;
  nodes: unknown[];
}

const bdi = ({ dir, nodes }: Isolate) => html`<bdi dir=${dir ?? nothing}>${nodes}</bdi>`;

/**
 * A sentence from text/ as markup: each data value it isolated with invisible
 * marks (U+2068 … U+2069, see text/isolate.ts) becomes a `<bdi>`, which does
 * the same for the layout, and the marks go. A reader who copies the sentence
 * then copies only the words. Isolates may nest; a lone closing mark is
 * dropped and one left open ends with the sentence, as in plain text. For
 * text content only: an attribute (title, aria-label) keeps the marks, the
 * only isolation plain text has.
 */
export function bidiText(text: string): unknown {
  if (!MARKS.test(text)) return text;
  const open: Isolate[] = [{ nodes: [] }];
  const close = () => {
    const done = open.pop()!;
    open[open.length - 1].nodes.push(bdi(done));
  };
  for (const piece of text.split(MARKS)) {
    if (piece === '\u2069') {
      if (open.length > 1) close();
    } else if (MARKS.test(piece)) open.push({ dir: DIRECTIONS[piece], nodes: [] });
    else if (piece) open[open.length - 1].nodes.push(piece);
  }
  while (open.length > 1) close();
  return open[0].nodes;
}
