const DAY = 86_400_000;

export interface RelativeTime {
  /** Short, for the eye: "22d ago". */
  label: string;
  /** Whole words, for assistive technology: "22 days ago". */
  spoken: string;
  /** Long, for assistive technology and tooltips: "May 24, 2026". */
  absolute: string;
}

/** The formats a relative time needs, each made the first time it is needed, once per language. */
const FORMATS = {
  rtf: (lang: string) => new Intl.RelativeTimeFormat(lang, { style: 'narrow' }),
  now: (lang: string) => new Intl.RelativeTimeFormat(lang, { style: 'narrow', numeric: 'auto' }),
  spoken: (lang: string) => new Intl.RelativeTimeFormat(lang, { style: 'long', numeric: 'auto' }),
  date: (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
};
type Formats = { [K in keyof typeof FORMATS]: ReturnType<(typeof FORMATS)[K]> };

/** The names of the formats, in the order a widget prepares them. */
export const FORMAT_NAMES = Object.keys(FORMATS) as (keyof Formats)[];

const made = new Map<string, Partial<Formats>>();

function format<K extends keyof Formats>(lang: string, name: K): Formats[K] {
  const formats = made.get(lang) ?? {};
  made.set(lang, formats);
  try {
    return (formats[name] ??= FORMATS[name](lang) as Formats[K]);
  } catch {
    // An invalid `lang` on the host page must not break the widget.
    return format('en', name);
  }
}

/**
 * Makes one format for `lang` now. The page's first Intl object sets up the
 * browser's ICU data, 70 ms or more on a slow phone: a widget makes its
 * formats one per task while its data is on the way, so that cost stands
 * alone and never joins its render.
 */
export function prepareFormat(lang: string, name: keyof Formats): void {
  format(lang, name);
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
  const signed = past ? -value : value;
  const label = value === 0 ? format(lang, 'now').format(0, 'second') : format(lang, 'rtf').format(signed, unit);
  return { label, spoken: format(lang, 'spoken').format(signed, unit), absolute: format(lang, 'date').format(then) };
}
