import { listOf } from './format.js';

/** Every fixed phrase a widget shows, in one place for a later translation. */
export const messages = {
  loading: 'Loading…',
  retry: 'Retry',
  error: (reason: string) => `Could not load Sparkpulse data: ${reason}.`,
  errorShort: 'Data unavailable',
  notTracked: (slugs: readonly string[]) =>
    `${listOf(slugs)} ${slugs.length === 1 ? 'is' : 'are'} not tracked by Sparkpulse.`,
  noProduct: 'No product was named.',
  noActivity: 'No recent activity.',
  velocity: (score: string) => `velocity ${score}`,
  whatIs: (name: string) => `What is ${name}?`,
  fullTrajectory: (name: string) => `${name}'s full trajectory`,
  versus: (name: string) => `vs ${name}`,
  spark: 'Editorial spark',
  recentActivity: 'Recent activity',
  noAlternatives: 'No other products of these sectors are tracked yet.',
} as const;
