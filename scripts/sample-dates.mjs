// The sample endpoint's dates are written around one fixed day, the "page
// date". The demo server moves every date by the same whole number of days so
// that the page date becomes today: the ages then read as they did on that day
// ("22d ago", "2d ago"), and the sparks of the last 30 days stay the last 30.

/** The day the sample data was written for (see demo/endpoint/README.md). */
export const SAMPLE_PAGE_DATE = Date.UTC(2026, 5, 15);

const DAY = 86_400_000;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whole days from the sample's page date to `now`'s day (UTC). */
export function daysSincePageDate(now = Date.now()) {
  return Math.floor((now - SAMPLE_PAGE_DATE) / DAY);
}

/** A copy of `value` with every ISO date-time string moved by `days`, written in UTC. */
export function shiftDates(value, days) {
  if (typeof value === 'string' && ISO_DATE_TIME.test(value)) {
    return new Date(Date.parse(value) + days * DAY).toISOString().replace('.000Z', 'Z');
  }
  if (Array.isArray(value)) return value.map((item) => shiftDates(item, days));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shiftDates(item, days)]));
  }
  return value;
}
