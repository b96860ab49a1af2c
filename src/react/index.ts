// `@sparkpulse/widgets/react`: the three elements as React components, made
// with @lit/react. They pass every prop the element has as a property, and
// take `onSpLoad` / `onSpError`, so that React code needs neither refs nor
// React 19's `onsp-load` spelling, and works on React 18 too. Importing this
// module registers the elements, as `@sparkpulse/widgets` does.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SpCompare as SpCompareElement } from '../compare/sp-compare.js';
import { SpTimeline as SpTimelineElement } from '../timeline/sp-timeline.js';
import { SpVelocityBadge as SpVelocityBadgeElement } from '../badge/sp-velocity-badge.js';
import type { SpErrorEvent, SpLoadEvent } from '../element/events.js';
import '../compare/define.js';
import '../timeline/define.js';
import '../badge/define.js';

const events = {
  onSpLoad: 'sp-load' as EventName<SpLoadEvent>,
  onSpError: 'sp-error' as EventName<SpErrorEvent>,
};

/** `<sp-compare>`: compares two products, e.g. `<SpCompare a="kafka" b="linkerd" />`. */
export const SpCompare = createComponent({
  react: React,
  tagName: 'sp-compare',
  elementClass: SpCompareElement,
  events,
  displayName: 'SpCompare',
});

/** `<sp-timeline>`: an activity feed, e.g. `<SpTimeline products={['kafka', 'linkerd']} />`. */
export const SpTimeline = createComponent({
  react: React,
  tagName: 'sp-timeline',
  elementClass: SpTimelineElement,
  events,
  displayName: 'SpTimeline',
});

/** `<sp-velocity-badge>`: a product's velocity, e.g. `<SpVelocityBadge product="kafka" />`. */
export const SpVelocityBadge = createComponent({
  react: React,
  tagName: 'sp-velocity-badge',
  elementClass: SpVelocityBadgeElement,
  events,
  displayName: 'SpVelocityBadge',
});

export type { SpErrorEvent, SpLoadEvent };
