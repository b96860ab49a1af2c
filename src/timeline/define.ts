import { define } from '../define.js';
import { SpTimeline } from './sp-timeline.js';

define('sp-timeline', SpTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'sp-timeline': SpTimeline;
  }
}
