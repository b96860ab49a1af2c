// The opt-in fixed box's words in English (the `lines` attribute of the
// comparison and the timeline): they come with those elements' code, so a
// page of badges does not download them. See en.ts.

export const enBox = {
  // The button under a text held to a number of lines; its accessible name says which text.
  showMore: 'Show more',
  showLess: 'Show less',
  showMoreOf: 'Show more: {what}',
  showLessOf: 'Show less: {what}',
} as const;
