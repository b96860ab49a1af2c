/** Fired when a widget has its data and has rendered it. */
export class SpLoadEvent extends Event {
  constructor(
    /** True when the product (or every product) is not tracked, so the empty state shows. */
    readonly empty: boolean,
  ) {
    super('sp-load', { bubbles: true, composed: true });
  }
}

/** Fired when a widget could not load its data and shows its error state. */
export class SpErrorEvent extends Event {
  constructor(
    /** Why: a FetchError (problem, url, status), a ContractError (document, path), or another Error. */
    readonly error: Error,
  ) {
    super('sp-error', { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-load': SpLoadEvent;
    'sp-error': SpErrorEvent;
  }
}
