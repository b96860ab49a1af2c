import type { TermKey } from '../text/catalogue/en.js';
import type { Values } from '../text/words.js';

/** A load result with nothing to show: the empty state. */
export class NotTracked {
  /** The slugs that are not tracked; empty when no product was named at all. */
  readonly slugs: readonly string[];

  constructor(
    slugs: readonly string[],
    /** Why there is nothing to show, when it is not that the products are untracked: a term and its values. */
    readonly sentence?: { key: TermKey; values: Values },
  ) {
    this.slugs = slugs.filter(Boolean);
  }
}
