import { SpCompare } from './compare/sp-compare.js';
import { define, tagName } from './define.js';
import { SpVelocityBadge } from './badge/sp-velocity-badge.js';
import { SpTimeline } from './timeline/sp-timeline.js';

export interface DefineOptions {
  /** Names the elements `<prefix>-compare`, `<prefix>-timeline` and `<prefix>-velocity-badge`. Default `sp`. */
  prefix?: string;
}

/**
 * Registers all three elements, under other names when `prefix` is given,
 * e.g. `defineAll({ prefix: 'acme' })` for `<acme-timeline>`. Never throws.
 */
export function defineAll({ prefix }: DefineOptions = {}): void {
  define(tagName(prefix, 'compare'), SpCompare);
  define(tagName(prefix, 'timeline'), SpTimeline);
  define(tagName(prefix, 'velocity-badge'), SpVelocityBadge);
}
