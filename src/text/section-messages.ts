import { isolate } from './isolate.js';

/** The fixed phrases of the comparison's sections and of the activity feed. */
export const sectionMessages = {
  noActivity: 'No recent activity.',
  whatIs: (name: string) => `What is ${isolate(name)}?`,
  fullTrajectory: (name: string) => `${isolate(name)}'s full trajectory`,
  versus: (name: string) => `vs ${isolate(name)}`,
  spark: 'Editorial spark',
  recentActivity: 'Recent activity',
  editorial: { currentState: 'Current state', heading: "Where it's heading", prediction: 'Prediction' },
  noAlternatives: 'No other products of these sectors are tracked yet.',
  allAlternatives: (name: string) => `See all ${isolate(name)} alternatives`,
} as const;
