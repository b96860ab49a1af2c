import { css } from 'lit';

export const timelineStyles = css`
  .root {
    container-type: inline-size;
  }
  .timeline {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .untracked {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
