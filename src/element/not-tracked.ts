/** A load result for products the endpoint does not track: the empty state. */
export class NotTracked {
  /** The slugs that are not tracked; empty when no product was named at all. */
  readonly slugs: readonly string[];

  constructor(slugs: readonly string[]) {
    this.slugs = slugs.filter(Boolean);
  }
}
