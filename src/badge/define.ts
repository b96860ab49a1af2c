import { define } from '../define.js';
import { SpVelocityBadge } from './sp-velocity-badge.js';

define('sp-velocity-badge', SpVelocityBadge);
