// Rules only product documents need, kept apart from rules.ts so that a page
// of badges never downloads them.
import type { Rule } from './reader.js';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** True when the date part names a real day: Date.parse rolls Feb 30 into March. */
function isRealDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

export const dateTime: Rule<string> = {
  expected: 'an ISO 8601 date-time with an offset',
  read: (value) =>
    typeof value === 'string' && ISO_DATE_TIME.test(value) && isRealDay(value) && !Number.isNaN(Date.parse(value))
      ? value
      : undefined,
};

export const boolean: Rule<boolean> = {
  expected: 'true or false',
  read: (value) => (typeof value === 'boolean' ? value : undefined),
};
