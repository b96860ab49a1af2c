// How every property reads what it is given. Frameworks set properties, not
// attributes, and often as strings (React 19, Vue 3), so a property accepts
// whatever its attribute accepts. A value of the wrong kind falls back with
// one warning: it never throws, and it is never written back to the host.
// No Lit here: the loader reads attributes with the same rules.
import { warnOnce } from '../page/shared.js';

/** Reads one kind of value, or gives undefined for a value it refuses. */
export type ValueReader<T> = (value: unknown) => T | undefined;

/** Trimmed text. */
export const textValue: ValueReader<string> = (value) => (typeof value === 'string' ? value.trim() : undefined);

/** "kafka, linkerd", "kafka linkerd" or ['kafka', 'linkerd'] → ['kafka', 'linkerd']. */
export const listValue: ValueReader<string[]> = (value) => {
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return listValue(value.join(' '));
  return undefined;
};

/** A whole number ≥ 0, as a number or as decimal digits: "12" yes; "0x10", "1e9", "-1" and 2.5 no. */
export const countValue: ValueReader<number> = (value) => {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};

/** A boolean, or an attribute's forms: present ("", "true", or its own name) is true, "false" is false. */
export function flagValue(attribute: string): ValueReader<boolean> {
  return (value) => {
    if (typeof value === 'boolean') return value;
    if (typeof value !== 'string') return undefined;
    const word = value.trim().toLowerCase();
    if (word === '' || word === 'true' || word === attribute) return true;
    return word === 'false' ? false : undefined;
  };
}

/** One of `choices`. */
export function choiceValue<T extends string>(choices: readonly T[]): ValueReader<T> {
  return (value) => (choices as readonly unknown[]).includes(value) ? (value as T) : undefined;
}

const shown = (value: unknown) => (typeof value === 'string' ? `"${value}"` : Array.isArray(value) ? 'a list' : String(value));

/**
 * `value` as `read` reads it. Unset (undefined) gives `fallback` quietly; a
 * refused value gives it with one warning naming the element and property.
 */
export function propertyValue<T>(
  host: Element,
  property: string,
  value: unknown,
  read: ValueReader<T>,
  fallback: T,
  expected: string,
): T {
  if (value === undefined) return fallback;
  const accepted = read(value);
  if (accepted !== undefined) return accepted;
  warnOnce(`<${host.localName}> ${property}: expected ${expected}, not ${shown(value)}; using ${shown(fallback)}.`);
  return fallback;
}

/**
 * What a count property takes: a number, or its digits as text, as its
 * attribute holds them. `limit="twelve"` is then a type error in TypeScript.
 */
export type Count = number | `${number}`;

/** A count capped at `max`, with one warning when the value was above it. */
export function countWithin(host: Element, property: string, value: unknown, fallback: number, max: number): number {
  const count = propertyValue(host, property, value, countValue, fallback, `a whole number from 0 to ${max}`);
  if (count <= max) return count;
  warnOnce(`<${host.localName}> ${property}: ${count} is above the most allowed, ${max}; using ${max}.`);
  return max;
}

/** Lit's attribute converter for every property here: a removed attribute is unset, not null. */
export const rawAttribute = { fromAttribute: (value: string | null) => value ?? undefined };
