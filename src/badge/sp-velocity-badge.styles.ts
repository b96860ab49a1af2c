import { css } from 'lit';

// Every state has the same box, so text around an inline badge never moves
// when its data arrives. A name too long for it ends in an ellipsis.
export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }
  .root {
    /* Its own width, whether the host is inline-block or, restyled by the page, inline. */
    width: max-content;
    background: transparent;
    font-size: var(--sp-font-size, 14px);
    line-height: 20px;
  }
  .badge,
  .state {
    display: flex;
    width: var(--sp-badge-width, 224px);
    height: 24px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    white-space: nowrap;
  }
  .badge {
    text-decoration: none;
  }
  .badge__name,
  .badge__velocity,
  .state {
    align-items: center;
    padding: 1px 8px;
  }
  .badge__name {
    flex: 1;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_fg);
    background: var(--_bg);
  }
  .badge__velocity {
    color: var(--_bg);
    background: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .state--error {
    flex-wrap: nowrap;
    padding-right: 1px;
  }
  .state--error button {
    padding: 0 8px;
  }
`;
