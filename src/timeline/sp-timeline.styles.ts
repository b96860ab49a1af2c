import { css } from 'lit';

export const timelineStyles = css`
  .timeline {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .untracked {
    margin: 8px 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* As tall as a row of the sample data typically is: one line in a wide feed, two or three in a narrow one. */
  .feed--placeholder .feed__item {
    height: 5.6em;
  }
  @container (min-width: 520px) {
    .feed--placeholder .feed__item {
      height: 3em;
    }
  }
`;
