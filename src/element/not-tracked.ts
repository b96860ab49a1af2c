/** A load result for products the endpoint does not track: the empty state. */
export class NotTracked {
  constructor(readonly names: readonly string[]) {}
}
