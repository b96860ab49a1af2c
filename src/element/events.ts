/** Fired when a widget has its data and has rendered it. */
export class SpLoadEvent extends Event {
  static readonly type = 'sp-load';
  constructor(
    /** True when the product (or every product) is not tracked, so the empty state shows. */
    readonly empty: boolean,
  ) {
    super(SpLoadEvent.type, { bubbles: true, composed: true });
  }
}

/** Fired when a widget could not load its data and shows its error state. */
export class SpErrorEvent extends Event {
  static readonly type = 'sp-error';
  constructor(readonly error: Error) {
    super(SpErrorEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-load': SpLoadEvent;
    'sp-error': SpErrorEvent;
  }
}
