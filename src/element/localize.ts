import { LocalizeController, registerTranslation } from '@shoelace-style/localize';
import type { ReactiveControllerHost } from 'lit';
import { en, type Plural, type TermKey, type Translation } from '../text/catalogue/en.js';
import { loadShipped, shippedFor } from '../text/languages.js';
import { addEnglish, wordsFor, type Words } from '../text/words.js';
import { dirOf, langOf } from './lang.js';

type Host = ReactiveControllerHost & HTMLElement;
/** The registry's own type knows strings and functions; ours also holds plural forms. */
type Registered = Parameters<typeof registerTranslation>[0];

let englishRegistered = false;
const englishAdded = new WeakSet<object>();
const loading = new Map<string, Promise<void>>();

type HostTranslation = Partial<Translation> & Pick<Translation, '$code'>;

/**
 * For pages that use the script tag, which cannot import: translations the
 * page puts in `window.sparkpulseTranslations`, an array it owns, before or
 * after the widgets load. What is there is registered at once; what is
 * pushed later, as it is pushed.
 */
function registerPageTranslations(): void {
  const page = (globalThis as { sparkpulseTranslations?: HostTranslation[] }).sparkpulseTranslations;
  if (!Array.isArray(page)) return;
  registerSparkpulseTranslation(...page.splice(0));
  page.push = (...added: HostTranslation[]) => {
    registerSparkpulseTranslation(...added);
    return 0;
  };
}

/**
 * Registers translations, for hosts: a language of their own, or their own
 * words for some terms of a shipped one (a partial translation with the
 * language's `$code`). Every widget updates.
 */
export function registerSparkpulseTranslation(...translations: HostTranslation[]): void {
  registerTranslation(...(translations as unknown as Registered[]));
}

/**
 * Resolves once the shipped translation for `lang`, if there is one, is
 * registered: at once when it is (`registered(code)` says), else when its
 * chunk has arrived. For the server renderer, before it renders in `lang`.
 */
export function ensureLanguage(lang: string, registered: (code: string) => boolean = () => false): Promise<void> {
  const code = shippedFor(lang);
  if (!code || registered(code)) return Promise.resolve();
  let done = loading.get(code);
  if (!done) {
    done = loadShipped(code).then((translations) => registerTranslation(...(translations as unknown as Registered[])));
    // A chunk that failed to load is asked for again next time.
    done.catch(() => loading.delete(code));
    loading.set(code, done);
  }
  return done;
}

/** Adds an element's own English terms, once, to the registry and to every widget's fallback. */
export function registerEnglish(terms: Partial<Record<TermKey, string | Plural>>): void {
  if (englishAdded.has(terms)) return;
  englishAdded.add(terms);
  addEnglish(terms);
  registerTranslation({ $code: 'en', ...terms } as unknown as Registered);
}

/**
 * A widget's language and direction, and its words. The language is the
 * element's `lang`, else its nearest ancestor's, else the document's; a
 * language without a translation reads in English. Any widget updates when
 * `<html lang>` or `dir` changes, or a translation is registered.
 */
export class Localize extends LocalizeController {
  #words?: Words;
  declare readonly host: Host;

  constructor(host: Host) {
    super(host);
    if (!englishRegistered) {
      // Registered first, English is the registry's fallback too.
      englishRegistered = true;
      registerTranslation(en as unknown as Registered);
      registerPageTranslations();
    }
  }

  /** A language asked for later (the page changed `<html lang>`) brings its translation; every widget updates when it is in. */
  hostUpdate(): void {
    void this.ready();
  }

  /** The language the widget reads in: the one asked for when it has a translation, else English. */
  override lang(): string {
    const asked = langOf(this.host).toLowerCase().replace(/_/g, '-');
    return this.exists('loading', { lang: asked }) ? asked : 'en';
  }

  /** `rtl` or `ltr`: the `dir` nearest the element, else its language's own direction. */
  override dir(): string {
    return dirOf(this.host) ?? (this.term('$dir' as never) === 'rtl' ? 'rtl' : 'ltr');
  }

  /** The widget's words, made again only when its language changes. */
  words(): Words {
    const lang = this.lang();
    if (this.#words?.lang !== lang) {
      this.#words = wordsFor(lang, (key) => (this.exists(key, { lang }) ? (this.term(key as never) as string) : undefined));
    }
    return this.#words;
  }

  /** Resolves once the shipped translation of the widget's language, if any, is registered. */
  ready(): Promise<void> {
    return ensureLanguage(langOf(this.host), (code) => this.exists('loading', { lang: code }));
  }
}
