import './timeline/define.js';

export { SpTimeline } from './timeline/sp-timeline.js';
