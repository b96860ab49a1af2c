import { html } from 'lit';

/** The isolates: U+2066 to U+2068 open one, U+2069 closes it. */
const MARKS = /([\u2066-\u2069])/;

/**
 * A sentence from text/ as markup: each data value it isolated with invisible
 * marks (U+2068 … U+2069, see text/isolate.ts) becomes a `<bdi>`, which does
 * the same for the layout, and the marks go. A reader who copies the sentence
 * then copies only the words. Isolates may nest; a lone closing mark is
 * dropped and one left open ends with the sentence, as in plain text. Data
 * never holds isolates of its own (text/controls.ts drops them), so the
 * left-to-right and right-to-left ones (U+2066, U+2067) are taken as
 * first-strong ones, the only kind text/ writes. A sentence without
 * isolates comes back as it is, so `''` stays empty. For text content only:
 * an attribute (title, aria-label) keeps the marks, the only isolation plain
 * text has.
 */
export function bidiText(text: string): unknown {
  if (!MARKS.test(text)) return text;
  const open: unknown[][] = [[]];
  const close = () => {
    const nodes = open.pop();
    open[open.length - 1].push(html`<bdi>${nodes}</bdi>`);
  };
  for (const piece of text.split(MARKS)) {
    if (piece === '\u2069') {
      if (open.length > 1) close();
    } else if (piece >= '\u2066' && piece <= '\u2068') open.push([]);
    else open[open.length - 1].push(piece);
  }
  while (open.length > 1) close();
  return open[0];
}
