// `@sparkpulse/widgets/react`: the three elements as React components, made
// with @lit/react. They pass every prop the element has as a property, and
// take `onSpLoad` / `onSpError`, so that React code needs neither refs nor
// React 19's `onsp-load` spelling, and works on React 18 too. Importing this
// module registers the elements, as `@sparkpulse/widgets` does, and is
// quiet on a server (see defineQuietly in ../define.ts).
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { SpCompare as SpCompareElement } from '../compare/sp-compare.js';
import { SpTimeline as SpTimelineElement } from '../timeline/sp-timeline.js';
import { SpVelocityBadge as SpVelocityBadgeElement } from '../badge/sp-velocity-badge.js';
import type { SpErrorEvent, SpLoadEvent } from '../element/events.js';
import type { Count } from '../element/values.js';
import { defineQuietly } from '../define.js';

// Registered as `@sparkpulse/widgets` registers them, but with no word about
// servers: React renders these components on the server too (Next.js does,
// for client components), as plain tags that the browser then upgrades.
defineQuietly('sp-compare', SpCompareElement);
defineQuietly('sp-timeline', SpTimelineElement);
defineQuietly('sp-velocity-badge', SpVelocityBadgeElement);

const events = {
  onSpLoad: 'sp-load' as EventName<SpLoadEvent>,
  onSpError: 'sp-error' as EventName<SpErrorEvent>,
};

/**
 * A wrapper whose props take what the element's setters take, as its
 * attributes do: a list also as one string (`products="kafka,linkerd"`), a
 * number also as its digits (`limit="5"`). @lit/react types each prop as the
 * property reads back (`string[]`, `number`), which would refuse them.
 * `Takes` names the props whose setter takes more than its getter gives.
 */
type Wrapper<I extends HTMLElement, Takes> = React.ForwardRefExoticComponent<
  Omit<React.ComponentPropsWithoutRef<ReactWebComponent<I, typeof events>>, keyof Takes> &
    Partial<Takes> &
    React.RefAttributes<I>
>;

/** What the comparison's setters take. */
interface CompareTakes {
  sections: string | readonly string[];
  alternatives: Count;
  limit: Count;
  headingLevel: Count;
  lines: Count;
}

/** What the timeline's setters take. */
interface TimelineTakes {
  products: string | readonly string[];
  limit: Count;
  sparksOnly: boolean | string;
  headingLevel: Count;
  lines: Count;
}

/** `<sp-compare>`: compares two products, e.g. `<SpCompare a="kafka" b="linkerd" sections="glance faq" />`. */
export const SpCompare = createComponent({
  react: React,
  tagName: 'sp-compare',
  elementClass: SpCompareElement,
  events,
  displayName: 'SpCompare',
}) as unknown as Wrapper<SpCompareElement, CompareTakes>;

/** `<sp-timeline>`: an activity feed, e.g. `<SpTimeline products="kafka,linkerd" />` or `products={['kafka', 'linkerd']}`. */
export const SpTimeline = createComponent({
  react: React,
  tagName: 'sp-timeline',
  elementClass: SpTimelineElement,
  events,
  displayName: 'SpTimeline',
}) as unknown as Wrapper<SpTimelineElement, TimelineTakes>;

/** `<sp-velocity-badge>`: a product's velocity, e.g. `<SpVelocityBadge product="kafka" />`. */
export const SpVelocityBadge = createComponent({
  react: React,
  tagName: 'sp-velocity-badge',
  elementClass: SpVelocityBadgeElement,
  events,
  displayName: 'SpVelocityBadge',
});

export type { SpErrorEvent, SpLoadEvent };
