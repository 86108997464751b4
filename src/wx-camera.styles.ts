import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    position: relative;
    width: 100%;
    height: 300px;
    overflow: hidden;
    background: var(--wx-camera-background, #000);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  video {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  slot {
    position: absolute;
    inset: 0;
    display: block;
    pointer-events: none;
  }
  ::slotted(*) {
    pointer-events: auto;
  }
`;
