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
  /* The placeholder in the timeline's frame, drawn without taking room: its height is the loader's, exactly. */
  .timeline--placeholder {
    border-radius: var(--_radius);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .timeline--placeholder::before {
    inset: var(--_space);
  }
  .untracked {
    margin: 0.5em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
