// The category and service switches (<input role="switch">), which only the preferences show:
// apart from controls.styles.ts, so that the banner's stage, which a first visit waits for,
// does not carry them.
import { css } from 'lit';

export const switchStyles = css`
  input[role='switch'] {
    appearance: none;
    flex: none;
    position: relative;
    inline-size: 2.75rem;
    block-size: 1.5rem;
    margin: 0;
    border: 2px solid var(--_border);
    border-radius: 1rem;
    background: var(--_surface);
    cursor: pointer;
  }
  input[role='switch']::before {
    content: '';
    position: absolute;
    inset-block-start: 2px;
    inset-inline-start: 2px;
    inline-size: 1rem;
    block-size: 1rem;
    border-radius: 50%;
    background: var(--_border);
  }
  input[role='switch']:checked {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  input[role='switch']:checked::before {
    inset-inline-start: calc(100% - 1rem - 2px);
    background: var(--_on-accent);
  }
  input[role='switch']:disabled {
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: no-preference) {
    input[role='switch']::before {
      transition: inset-inline-start 0.15s ease-out;
    }
  }
  @media (forced-colors: active) {
    input[role='switch']:checked::before {
      background: CanvasText;
    }
  }
`;
