import './badge/define.js';

export { SpVelocityBadge } from './badge/sp-velocity-badge.js';
