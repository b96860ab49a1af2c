// The words of one language: its terms, filled in, and its numbers and
// lists. No DOM here, so the sentences can be built and tested anywhere.
import { warnOnce } from '../page/shared.js';
import { en, type Plural, type TermKey } from './catalogue/en.js';

/** The English terms known so far: every widget's, and each element's own once its code has run. */
const english: Partial<Record<TermKey, string | Plural>> = { ...en };

/** Adds an element's own English terms (the comparison's come with its code). */
export function addEnglish(terms: Partial<Record<TermKey, string | Plural>>): void {
  Object.assign(english, terms);
}

export type Values = Readonly<Record<string, string | number>>;

export interface Words {
  /** The language they are in, a BCP 47 tag. */
  readonly lang: string;
  /** The term `key`, its placeholders filled from `values`; `{count}` picks a plural form. */
  t(key: TermKey, values?: Values): string;
  /** A count: 1,234 in English, 1.234 in German. */
  count(value: number): string;
  /** A velocity score, always with one decimal: 5.0, or 5,0. */
  score(value: number): string;
  /** "a, b and c", as the language joins them in a sentence. */
  list(items: readonly string[]): string;
  /** "a, b, c", as the language lists items on their own, in a table cell. */
  items(items: readonly string[]): string;
}

/** A term of one language, or undefined when it has none for `key`. */
export type Lookup = (key: TermKey) => string | Plural | undefined;

interface Formats {
  plural?: Intl.PluralRules;
  count?: Intl.NumberFormat;
  score?: Intl.NumberFormat;
  list?: Intl.ListFormat;
  items?: Intl.ListFormat;
}

/** Each Intl object is made the first time it is needed, once per language: never when a module loads. */
const made = new Map<string, Formats>();

function formats(lang: string): Formats {
  let found = made.get(lang);
  if (!found) made.set(lang, (found = {}));
  return found;
}

/** `make(lang)`, or for a language tag Intl refuses, `make('en')`. */
function safely<T>(lang: string, make: (lang: string) => T): T {
  try {
    return make(lang);
  } catch {
    return make('en');
  }
}

const fill = (text: string, values: Values) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** The words of `lang`, taken from `lookup`; a term it lacks is the English one, with one warning. */
export function wordsFor(lang: string, lookup: Lookup): Words {
  const f = formats(lang);
  const words: Words = {
    lang,
    t(key, values = {}) {
      let term = lookup(key);
      if (term === undefined) {
        warnOnce(`The translation for "${lang}" has no "${key}"; using the English one.`);
        term = english[key] ?? key;
      }
      if (typeof term !== 'string') {
        f.plural ??= safely(lang, (l) => new Intl.PluralRules(l));
        term = term[f.plural.select(Number(values.count))] ?? term.other;
      }
      return fill(term, { ...values, count: values.count === undefined ? '' : words.count(Number(values.count)) });
    },
    count(value) {
      f.count ??= safely(lang, (l) => new Intl.NumberFormat(l));
      return f.count.format(value);
    },
    score(value) {
      f.score ??= safely(lang, (l) => new Intl.NumberFormat(l, { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
      return f.score.format(value);
    },
    list(items) {
      f.list ??= safely(lang, (l) => new Intl.ListFormat(l, { type: 'conjunction' }));
      return f.list.format(items);
    },
    items(items) {
      f.items ??= safely(lang, (l) => new Intl.ListFormat(l, { type: 'unit', style: 'short' }));
      return f.items.format(items);
    },
  };
  return words;
}

/** The English words, as the shipped catalogue has them (with the terms added so far). */
export const englishWords = (): Words => wordsFor('en', (key) => english[key]);
