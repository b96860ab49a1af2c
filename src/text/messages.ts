/** Every fixed phrase a widget shows, in one place for a later translation. */
export const messages = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'Could not load Sparkpulse data.',
  notTracked: (what: string) => `${what} is not tracked by Sparkpulse.`,
  noActivity: 'No recent activity.',
  velocity: (score: string) => `velocity ${score}`,
  whatIs: (name: string) => `What is ${name}?`,
  fullTrajectory: (name: string) => `${name}'s full trajectory`,
  versus: (name: string) => `vs ${name}`,
  spark: 'Editorial spark',
  recentActivity: 'Recent activity',
  noAlternatives: 'No other products of these sectors are tracked yet.',
} as const;
