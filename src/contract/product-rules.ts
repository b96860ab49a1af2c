// Rules only product documents need, kept apart from rules.ts so that a page
// of badges never downloads them.
import type { Rule } from './reader.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** How far ahead of the reader's clock a date may be: clock skew, not a typo'd year. */
const MAX_AHEAD_MS = 86_400_000;

/** True when the date part names a real day: Date.parse rolls Feb 30 into March. */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

function isDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && isRealDay(value) && !Number.isNaN(Date.parse(value));
}

/** True when `date` is more than a day after `now` (ms): more than a clock can be off. */
export function isTooFarAhead(date: string, now: number): boolean {
  return Date.parse(date) - now > MAX_AHEAD_MS;
}

export const dateTime: Rule<string> = {
  expected: 'an ISO 8601 date-time with an offset',
  read: (value) => (isDateTime(value) ? value : undefined),
};

/** A date-time that has happened, give or take a day of clock skew, by the reader's clock now. */
export const pastDateTime: Rule<string> = {
  expected: `${dateTime.expected}, at most a day ahead`,
  read: (value) => (isDateTime(value) && !isTooFarAhead(value, Date.now()) ? value : undefined),
};

export const boolean: Rule<boolean> = {
  expected: 'true or false',
  read: (value) => (typeof value === 'boolean' ? value : undefined),
};
