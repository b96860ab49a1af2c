import { define } from '../define.js';
import { SpTimeline } from './sp-timeline.js';

define('sp-timeline', SpTimeline);
