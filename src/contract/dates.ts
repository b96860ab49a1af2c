// Date checks only product documents need, apart from rules.ts so that a page
// of badges never downloads them.

/** An ISO 8601 date-time with `Z` or an offset; seconds and fractions optional. */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** How far ahead of the reader's clock a date may be: clock skew, not a typo'd year. */
const MAX_AHEAD_MS = 86_400_000;

/**
 * True when the date part names a real day: Date.parse rolls Feb 30 into
 * March. Read with slices, not split: a catalogue's activity has millions of
 * dates for `sparkpulse validate` to check.
 */
function isRealDay(value: string): boolean {
  const day = +value.slice(8, 10);
  return new Date(Date.UTC(+value.slice(0, 4), +value.slice(5, 7) - 1, day)).getUTCDate() === day;
}

/** True for an ISO 8601 date-time with an offset, of a real day. */
export function isDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && isRealDay(value) && !Number.isNaN(Date.parse(value));
}

/** True when `date` is more than a day after `now` (ms): more than a clock can be off. */
export function isTooFarAhead(date: string, now: number): boolean {
  return Date.parse(date) - now > MAX_AHEAD_MS;
}
