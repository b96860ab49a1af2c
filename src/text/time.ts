const DAY = 86_400_000;

export interface RelativeTime {
  /** Short, for the eye: "22d ago". */
  label: string;
  /** Long, for assistive technology and tooltips: "May 24, 2026". */
  absolute: string;
}

const formatters = new Map<string, { rtf: Intl.RelativeTimeFormat; now: Intl.RelativeTimeFormat; date: Intl.DateTimeFormat }>();

function formattersFor(lang: string) {
  let found = formatters.get(lang);
  if (!found) {
    try {
      found = {
        rtf: new Intl.RelativeTimeFormat(lang, { style: 'narrow' }),
        now: new Intl.RelativeTimeFormat(lang, { style: 'narrow', numeric: 'auto' }),
        date: new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
      };
    } catch {
      // An invalid `lang` on the host page must not break the widget.
      return formattersFor('en');
    }
    formatters.set(lang, found);
  }
  return found;
}

/**
 * Makes the formats for `lang` now. The page's first Intl object sets up the
 * browser's ICU data, tens of ms on a slow phone: a widget asks for this in a
 * task of its own while its data is on the way, so that cost never joins its render.
 */
export function prepareFormats(lang: string): void {
  formattersFor(lang);
}

/** `from` plus `months` calendar months, clamped to the end of a shorter month. */
function addMonths(from: Date, months: number): Date {
  const target = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(from.getUTCDate(), lastDay));
  target.setUTCHours(from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds());
  return target;
}

/** Whole calendar months from `earlier` to `later`. Jan 31 → Feb 28 is one month. */
export function monthsBetween(earlier: Date, later: Date): number {
  let months =
    (later.getUTCFullYear() - earlier.getUTCFullYear()) * 12 + later.getUTCMonth() - earlier.getUTCMonth();
  if (months > 0 && addMonths(earlier, months) > later) months--;
  return months;
}

function pickUnit(earlier: Date, later: Date): [number, Intl.RelativeTimeFormatUnit] {
  const ms = later.getTime() - earlier.getTime();
  if (ms < 60_000) return [0, 'second'];
  if (ms < 3_600_000) return [Math.floor(ms / 60_000), 'minute'];
  if (ms < DAY) return [Math.floor(ms / 3_600_000), 'hour'];
  if (ms < 30 * DAY) return [Math.floor(ms / DAY), 'day'];
  const months = Math.max(1, monthsBetween(earlier, later));
  return months < 12 ? [months, 'month'] : [Math.floor(months / 12), 'year'];
}

/**
 * Describes `date` relative to `now` in `lang`, or returns undefined for a
 * date that does not parse, so nothing ever reads "Invalid Date".
 */
export function relativeTime(date: string | Date, now: number, lang: string): RelativeTime | undefined {
  const then = new Date(date);
  if (Number.isNaN(then.getTime()) || !Number.isFinite(now)) return undefined;
  const current = new Date(now);
  const past = then <= current;
  const [value, unit] = past ? pickUnit(then, current) : pickUnit(current, then);
  const f = formattersFor(lang);
  const label = value === 0 ? f.now.format(0, 'second') : f.rtf.format(past ? -value : value, unit);
  return { label, absolute: f.date.format(then) };
}
