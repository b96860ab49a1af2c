// The activity feed's own words in English, for the timeline and the
// comparison: they come with those elements' code, so a page of badges does
// not download them. See en.ts.

export const enFeed = {
  recentActivity: 'Recent activity',
  noActivity: 'No recent activity.',
  spark: 'Editorial spark',
} as const;
