/**
 * `value` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE: inside a
 * sentence, a data value keeps its own direction and cannot turn the rest of
 * the sentence around (a name holding U+202E, say). The marks are invisible,
 * work in text, titles and labels alike, and are what `<bdi>` does in markup.
 */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}
