import { css } from 'lit';

export const badgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    background: transparent;
    font-size: 0.875em;
    line-height: 1.25;
  }
  .badge {
    display: inline-flex;
    align-items: stretch;
    min-height: 1.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    text-decoration: none;
    white-space: nowrap;
  }
  .badge__name,
  .badge__velocity {
    display: inline-flex;
    align-items: center;
    padding: 2px 8px;
  }
  .badge__name {
    color: var(--_fg);
    background: var(--_bg);
  }
  .badge__velocity {
    color: var(--_bg);
    background: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .badge--placeholder {
    width: 12em;
    border-color: transparent;
  }
  .badge__bar {
    width: 100%;
  }
  .loading {
    display: inline-block;
  }
  .state {
    display: inline-flex;
    padding: 2px 8px;
    border-radius: var(--_radius);
  }
  .state--error button {
    padding: 0 8px;
  }
`;
