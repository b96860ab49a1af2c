/**
 * The shipped translations, checked against the English catalogue: the same
 * keys, the same placeholders, the plural forms their language has, a Retry
 * label that holds the Retry word, and nothing left in English by mistake.
 */
import { expect } from '@open-wc/testing';
import { en as common, type Plural, type TermKey, type Translation } from '../../src/text/catalogue/en.js';
import { enCompare } from '../../src/text/catalogue/en-compare.js';
import { enFeed } from '../../src/text/catalogue/en-feed.js';

/** The whole English catalogue: every widget's terms and the comparison's own. */
const en = { ...common, ...enCompare, ...enFeed } as unknown as Translation;
import ar from '../../src/text/catalogue/ar.js';
import de from '../../src/text/catalogue/de.js';
import es from '../../src/text/catalogue/es.js';
import fr from '../../src/text/catalogue/fr.js';
import ja from '../../src/text/catalogue/ja.js';
import ptBr from '../../src/text/catalogue/pt-br.js';
import zhCn from '../../src/text/catalogue/zh-cn.js';

const CATALOGUES: Record<string, Translation> = { de, fr, es, ja, 'zh-cn': zhCn, 'pt-br': ptBr, ar };

/**
 * The terms a language rightly writes as English does, each with why.
 * Anything else equal to its English term is a term left untranslated.
 */
const SAME_AS_ENGLISH: Record<string, Partial<Record<TermKey, string>>> = {
  de: {
    badgeSeparator: 'a comma and a space, as in English',
    sentenceGap: 'sentences are separated by a space, as in English',
    website: '"Website" is the German word (Duden)',
  },
  fr: {
    badgeSeparator: 'a comma and a space, as in English',
    sentenceGap: 'sentences are separated by a space, as in English',
    versus: '"vs" is the usual French abbreviation of "versus" in comparison titles',
  },
  es: {
    badgeSeparator: 'a comma and a space, as in English',
    sentenceGap: 'sentences are separated by a space, as in English',
    sector: '"Sector" is spelled the same in Spanish',
  },
  ja: {
    versus: '"vs" is how Japanese comparison titles write it ("Kafka vs RabbitMQ")',
  },
  'zh-cn': {},
  'pt-br': {
    badgeSeparator: 'a comma and a space, as in English',
    sentenceGap: 'sentences are separated by a space, as in English',
  },
  ar: {
    sentenceGap: 'sentences are separated by a space, as in English',
  },
};

/**
 * Plural categories that stand for a single number, whose forms may say it in
 * words instead of {count}: Arabic "شرارة واحدة" (one), "شرارتين" (two), as
 * CLDR's own Arabic units do ("يوم", "يومان").
 */
const COUNT_IN_WORDS: Record<string, Intl.LDMLPluralRule[]> = {
  ar: ['one', 'two'],
};

const termKeys = Object.keys(en).filter((key) => !key.startsWith('$')) as TermKey[];

/** A term's forms by plural category; a plain term is its own `other`. */
const forms = (term: string | Plural): [string, string][] =>
  typeof term === 'string' ? [['other', term]] : Object.entries(term).filter((entry): entry is [string, string] => entry[1] !== undefined);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const unique = (names: string[]) => [...new Set(names)].sort();

/** Every placeholder the English term uses, in any of its forms. */
const englishPlaceholders = (key: TermKey) => unique(forms(en[key] as string | Plural).flatMap(([, text]) => placeholders(text)));

describe('the shipped catalogues', () => {
  it('are the seven languages, each under its own code', () => {
    expect(Object.entries(CATALOGUES).map(([code, t]) => [code, t.$code])).to.deep.equal(
      Object.keys(CATALOGUES).map((code) => [code, code]),
    );
  });

  for (const [code, catalogue] of Object.entries(CATALOGUES)) {
    describe(code, () => {
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as Intl.LDMLPluralRule[];
      const terms = catalogue as unknown as Record<TermKey, string | Plural>;

      it('names its language and direction', () => {
        expect(catalogue.$name).to.be.a('string').and.not.equal(code);
        expect(catalogue.$name.length).to.be.greaterThan(0);
        expect(catalogue.$dir).to.equal(code === 'ar' ? 'rtl' : 'ltr');
      });

      it('has every key of the English catalogue and nothing else', () => {
        expect(Object.keys(catalogue).sort()).to.deep.equal(Object.keys(en).sort());
      });

      it('has a plain term where English has one, plural forms where English has them', () => {
        const shapes = (of: Record<TermKey, unknown>) => termKeys.map((key) => [key, typeof of[key]]);
        expect(shapes(terms)).to.deep.equal(shapes(en as unknown as Record<TermKey, unknown>));
      });

      it('keeps every placeholder of each term, in every plural form, and adds none', () => {
        const wrong = termKeys.flatMap((key) => {
          const expected = englishPlaceholders(key);
          return forms(terms[key]).flatMap(([category, text]) => {
            const found = unique(placeholders(text));
            const inWords = COUNT_IN_WORDS[code]?.includes(category as Intl.LDMLPluralRule) ?? false;
            const allowed = inWords ? [expected, expected.filter((name) => name !== 'count')] : [expected];
            return allowed.some((names) => JSON.stringify(names) === JSON.stringify(found)) ? [] : [`${key}.${category}: ${found.join(', ')}`];
          });
        });
        expect(wrong).to.deep.equal([]);
      });

      it('writes every placeholder whole: no brace outside one', () => {
        const stray = termKeys.flatMap((key) =>
          forms(terms[key])
            .filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))
            .map(([category]) => `${key}.${category}`),
        );
        expect(stray).to.deep.equal([]);
      });

      it('has the plural forms of its language, all of them and no others', () => {
        const plurals = termKeys.filter((key) => typeof terms[key] !== 'string');
        expect(plurals.length).to.be.greaterThan(0);
        for (const key of plurals) {
          expect(Object.keys(terms[key]).sort(), `${code} ${key}`).to.deep.equal([...categories].sort());
        }
      });

      it('says a number in words only for a category that stands for one number', () => {
        for (const category of COUNT_IN_WORDS[code] ?? []) {
          const rules = new Intl.PluralRules(code);
          const numbers = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
          expect(numbers, `${code} ${category}`).to.have.length(1);
        }
      });

      it('names each Retry button with its visible word, Retry', () => {
        for (const key of ['retryBadge', 'retryCompare', 'retryTimeline'] as const) {
          expect(catalogue[key], key).to.contain(catalogue.retry);
        }
      });

      it('names the Website row\'s link with its visible word, Visit, and the address', () => {
        expect(catalogue.visitSite.toLowerCase()).to.contain(catalogue.visit.toLowerCase());
        expect(catalogue.visitSite).to.contain('{site}');
      });

      it('keeps the spark legend\'s mark: "⚡ = …"', () => {
        expect(catalogue.sparkLegend).to.match(/^⚡ = \S/);
      });

      it('has no term left in English, but for the ones that are right as they are', () => {
        const allowed = SAME_AS_ENGLISH[code];
        const same = termKeys.filter((key) => {
          const english = en[key] as string | Plural;
          return forms(terms[key]).some(([category, text]) =>
            typeof english === 'string' ? text === english : text === (english[category as Intl.LDMLPluralRule] ?? english.other),
          );
        });
        expect(same.filter((key) => !(key in allowed)), 'left in English').to.deep.equal([]);
        // And the allow-list holds no term that has since been translated.
        expect(Object.keys(allowed).filter((key) => !same.includes(key as TermKey)), 'allowed but translated').to.deep.equal([]);
      });

      it("uses its language's punctuation", () => {
        const texts = termKeys.flatMap((key) => forms(terms[key]).map(([category, text]) => [`${key}.${category}`, text] as const));
        const breaking = (pattern: RegExp) => texts.filter(([, text]) => pattern.test(text)).map(([where]) => where);
        if (code === 'fr') {
          // A no-break space before : and a narrow one before ? ! ;, never a plain one or none.
          expect(breaking(/(?:^|[^\u00A0]):/), ':').to.deep.equal([]);
          expect(breaking(/(?:^|[^\u202F])[?!;]/), '? ! ;').to.deep.equal([]);
          expect(breaking(/'/), 'straight apostrophe').to.deep.equal([]);
        }
        if (code === 'es') {
          expect(breaking(/^[^¿]*\?/), '¿…?').to.deep.equal([]);
        }
        if (code === 'ja' || code === 'zh-cn') {
          expect(breaking(/[?,]|\.(?!\.)/), 'half-width ? , .').to.deep.equal([]);
          expect(breaking(/ [。、，？：）]|[。、，？：（] /), 'space next to full-width punctuation').to.deep.equal([]);
          expect(catalogue.sentenceGap).to.equal('');
        } else {
          expect(catalogue.sentenceGap).to.equal(' ');
        }
        if (code === 'ar') {
          expect(breaking(/[?,;]/), 'Latin ? , ;').to.deep.equal([]);
        }
      });
    });
  }
});
