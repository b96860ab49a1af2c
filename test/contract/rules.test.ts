import { expect } from '@open-wc/testing';
import type { $ZodType, output } from 'zod/v4/core';
import { isTooFarAhead } from '../../src/contract/dates.js';
import {
  boolean,
  count,
  list,
  object,
  orElse,
  slug,
  text,
  urlTemplate,
  velocity,
  withDefault,
} from '../../src/contract/fields.js';
import { dateTime, pastDateTime } from '../../src/contract/product-schema.js';
import { ContractError, Reader } from '../../src/contract/reader.js';
import { isBlank, safeUrl, SLUG_PATTERN } from '../../src/contract/rules.js';

const DOCUMENT = 'test.json';

/** Reads `value` with `schema`: the result, or undefined when it is refused, and the warnings. */
function readWith<S extends $ZodType>(schema: S, value: unknown): [output<S> | undefined, string[]] {
  const reader = new Reader(DOCUMENT);
  try {
    return [reader.parse(schema, value), reader.warnings];
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    return [undefined, reader.warnings];
  }
}

/** Text capped at `max`, as the field at `key`. */
const textOf = (max: number, key = 'field') => text(max)(key);

function shown(value: unknown): string {
  if (value === undefined) return 'undefined';
  const json = JSON.stringify(value);
  return json.length > 50 ? `${json.slice(0, 50)}… (${(value as string).length} characters)` : json;
}

describe('safeUrl', () => {
  const accepted = [
    'https://kafka.apache.org/',
    'http://example.com/path?query=1#fragment',
    'https://example.com:8443/port',
    `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`,
  ];

  /** URLs the browser would read otherwise than they are written, and the href each must become. */
  const normalised: [value: string, href: string][] = [
    ['HTTPS://EXAMPLE.COM/UPPER', 'https://example.com/UPPER'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com:443/default-port', 'https://example.com/default-port'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['https://sparkpulse.example/products/{slug}', 'https://sparkpulse.example/products/%7Bslug%7D'],
  ];

  /** URLs that as written resolve against the host page, and the absolute href each must become. */
  const hostRelative: [value: string, href: string][] = [
    ['http:/logout', 'http://logout/'],
    ['http:account/delete', 'http://account/delete'],
    ['https:/account/delete', 'https://account/delete'],
    ['http:\\\\logout', 'http://logout/'],
  ];

  const refused: [label: string, value: unknown][] = [
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a javascript: URL in mixed case', 'JaVaScRiPt:alert(1)'],
    ['a javascript: URL in capitals', 'JAVASCRIPT:alert(1)'],
    ['a javascript: URL after leading spaces', '   javascript:alert(1)'],
    ['a javascript: URL after a leading tab and newline', '\t\njavascript:alert(1)'],
    ['a javascript: URL with a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a javascript: URL that mentions https', 'javascript://https://example.com/%0Aalert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a base64 data: image', 'data:image/png;base64,AAAA'],
    ['a vbscript: URL', 'vbscript:msgbox(1)'],
    ['a vbscript: URL in capitals', 'VBScript:msgbox(1)'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['an absolute path', '/products/kafka'],
    ['a relative path', 'logo.png'],
    ['a parent-relative path', '../x'],
    ['a query only', '?x=1'],
    ['a fragment only', '#top'],
    ['an ftp: URL', 'ftp://example.com/file'],
    ['a file: URL', 'file:///etc/passwd'],
    ['a mailto: URL', 'mailto:someone@example.com'],
    ['a URL with a user name and password', 'https://user:pw@host/'],
    ['a URL with a user name only', 'https://user@host/'],
    ['a URL with a password only', 'https://:pw@host/'],
    ['a URL over 2048 characters', `https://example.com/${'a'.repeat(2049 - 'https://example.com/'.length)}`],
    ['an empty string', ''],
    ['blank text', '   '],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { href: 'https://example.com/' }],
    ['a list', ['https://example.com/']],
  ];

  for (const url of accepted) {
    it(`accepts ${shown(url)} and gives it back unchanged`, () => {
      expect(safeUrl(url)).to.equal(url);
    });
  }

  for (const [url, href] of normalised) {
    it(`accepts ${shown(url)} as its href, ${shown(href)}`, () => {
      expect(safeUrl(url)).to.equal(href);
    });
  }

  for (const [url, href] of hostRelative) {
    it(`gives back ${shown(url)} as ${shown(href)}, which no page can resolve against itself`, () => {
      const safe = safeUrl(url);
      expect(safe).to.equal(href);
      expect(new URL(safe!, 'https://host.example/page/').href).to.equal(href);
    });
  }

  it('refuses a URL whose href grows past 2048 characters', () => {
    const url = `https://example.com/${' '.repeat(2000)}x`;
    expect(url.length).to.be.at.most(2048);
    expect(safeUrl(url)).to.be.undefined;
  });

  for (const [label, value] of refused) {
    it(`refuses ${label}: ${shown(value)}`, () => {
      expect(safeUrl(value)).to.be.undefined;
    });
  }
});

describe('urlTemplate', () => {
  const kept = [
    'https://sparkpulse.example/products/{slug}',
    'https://sparkpulse.example/compare/{a}-vs-{b}',
    'https://sparkpulse.example/{lang}/products/{slug}?ref=widget',
    'http:/sparkpulse.example/products/{slug}',
  ];
  const refused: [label: string, value: unknown][] = [
    ['a relative template', '/products/{slug}'],
    ['a protocol-relative template', '//evil.example/{slug}'],
    ['a template whose scheme is a placeholder', '{slug}:alert(1)'],
    ['a template that is only a placeholder', '{slug}'],
    ['a javascript: template', 'javascript:window.__pwned=1//{slug}'],
    ['an ftp: template', 'ftp://x/{slug}'],
    ['a template with credentials', 'https://user:pw@sparkpulse.example/{slug}'],
    ['a number', 42],
  ];

  for (const template of kept) {
    it(`keeps the template ${shown(template)} as written, placeholders and all`, () => {
      expect(readWith(urlTemplate, template)).to.deep.equal([template, []]);
    });
  }

  for (const [label, value] of refused) {
    it(`refuses ${label}: ${shown(value)}`, () => {
      expect(readWith(urlTemplate, value)[0]).to.be.undefined;
    });
  }
});

describe('text', () => {
  it('gives back non-blank text as it is, with no warning', () => {
    expect(readWith(textOf(10), '  hello  ')).to.deep.equal(['  hello  ', []]);
  });

  it('keeps text exactly at its cap with no warning', () => {
    expect(readWith(textOf(5), 'abcde')).to.deep.equal(['abcde', []]);
  });

  it('cuts text over its cap to the cap plus an ellipsis, with a warning naming the path', () => {
    expect(readWith(textOf(5, 'summary'), 'abcdefgh')).to.deep.equal([
      'abcde…',
      ['test.json summary: over 5 characters; cut'],
    ]);
  });

  for (const value of ['', '   ', '\n\t', 42, null, undefined, true, ['a'], { a: 1 }]) {
    it(`refuses ${shown(value)} as text`, () => {
      expect(readWith(textOf(10), value)).to.deep.equal([undefined, []]);
    });
  }

  /** Text that draws nothing, by what it is made of. */
  const invisible: [label: string, value: string][] = [
    ['a zero-width space', '\u200B'],
    ['a NUL', '\u0000'],
    ['other control characters', '\u0001\u001F\u007F\u0085'],
    ['the blank Braille pattern and the Hangul filler', '\u2800\u3164'],
    ['the Hangul choseong and jungseong fillers', '\u115F\u1160'],
    ['the halfwidth Hangul filler', '\uFFA0'],
    ['the Mongolian vowel separator', '\u180E'],
    ['a word joiner', '\u2060'],
    ['a byte order mark', '\uFEFF'],
    ['bidi controls alone', '\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C'],
    ['zero-width joiners and non-joiners', '\u200C\u200D'],
    ['a soft hyphen', '\u00AD'],
    ['a variation selector', '\uFE0F'],
    ['no-break, ideographic and other wide spaces', '\u00A0\u1680\u2003\u202F\u205F\u3000'],
    ['line and paragraph separators', '\u2028\u2029'],
    ['a mix of them between spaces', ' \u200B\u3164 \uFEFF\u2800 '],
  ];

  for (const [label, value] of invisible) {
    it(`refuses text made only of ${label}, as blank`, () => {
      expect(isBlank(value)).to.be.true;
      expect(readWith(textOf(10), value)).to.deep.equal([undefined, []]);
    });
  }

  it('keeps text with a visible character among invisible ones, as it is', () => {
    expect(readWith(textOf(20), '\u200BKafka\u3164')).to.deep.equal(['\u200BKafka\u3164', []]);
    expect(isBlank('\u2800\u00E9')).to.be.false;
  });
});

describe('cutting text at its cap', () => {
  /** A cut with `text(max)`, as the reader gives it back. */
  const cut = (value: string, max: number) => readWith(textOf(max), value)[0];

  it('never splits a family emoji joined with zero-width joiners', () => {
    expect(cut('ab\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}cd', 5)).to.equal('ab…');
  });

  it('never splits a flag into its regional indicators', () => {
    expect(cut('\u{1F1E9}\u{1F1EA}\u{1F1EB}\u{1F1F7}\u{1F1EE}\u{1F1F9}', 6)).to.equal('\u{1F1E9}\u{1F1EA}…');
  });

  it('never cuts the skin tone off an emoji', () => {
    expect(cut('a\u{1F44D}\u{1F3FD}b', 3)).to.equal('a…');
  });

  it('never cuts a combining accent off its letter', () => {
    expect(cut('cafe\u0301 au lait', 4)).to.equal('caf…');
  });

  it('keeps a cluster that ends exactly at the cap', () => {
    expect(cut('ab\u{1F44D}\u{1F3FD}cd', 6)).to.equal('ab\u{1F44D}\u{1F3FD}…');
  });

  it('keeps at most the cap in UTF-16 code units before the "…"', () => {
    const result = cut('\u{1F469}\u200D\u{1F467}'.repeat(50), 100)!;
    expect(result.endsWith('…')).to.be.true;
    expect(result.length - 1).to.be.at.most(100);
    expect(result.slice(0, -1)).to.equal('\u{1F469}\u200D\u{1F467}'.repeat(20));
  });

  /** Runs `body` with Intl.Segmenter counting how often it is constructed. */
  function segmentersMadeBy(body: () => void): number {
    const intl = Intl as { Segmenter: typeof Intl.Segmenter };
    const original = intl.Segmenter;
    let made = 0;
    intl.Segmenter = class extends original {
      constructor(...args: ConstructorParameters<typeof Intl.Segmenter>) {
        super(...args);
        made++;
      }
    };
    try {
      body();
    } finally {
      intl.Segmenter = original;
    }
    return made;
  }

  it('makes no Intl.Segmenter for text within its cap', () => {
    expect(segmentersMadeBy(() => ['Apache Kafka', '\u{1F1E9}\u{1F1EA}', 'x'.repeat(200)].forEach((value) => cut(value, 200)))).to.equal(0);
  });

  it('makes one Intl.Segmenter at most, however many texts it cuts', () => {
    expect(segmentersMadeBy(() => Array.from({ length: 50 }, (_, i) => cut(`text number ${i}`, 5)))).to.be.at.most(1);
  });

  it('makes no Intl object when the contract modules load', async () => {
    const constructors = ['Segmenter', 'Collator', 'DateTimeFormat', 'ListFormat', 'NumberFormat', 'PluralRules', 'RelativeTimeFormat'] as const;
    const originals = constructors.map((name) => [name, Intl[name]] as const);
    const made: string[] = [];
    for (const [name, original] of originals) {
      (Intl as Record<string, unknown>)[name] = function (...args: unknown[]) {
        made.push(name);
        return new (original as new (...a: unknown[]) => unknown)(...args);
      };
    }
    try {
      // Fresh copies of the modules, evaluated now under the counting constructors.
      for (const module of ['rules', 'dates', 'fields', 'index-schema', 'product-schema']) {
        await import(new URL(`../../src/contract/${module}.ts?fresh=${Date.now()}`, import.meta.url).href);
      }
    } finally {
      for (const [name, original] of originals) (Intl as Record<string, unknown>)[name] = original;
    }
    expect(made).to.deep.equal([]);
  });
});

describe('velocity and count', () => {
  for (const value of [0, 5.5, 10]) {
    it(`accepts the velocity ${value}, between 0 and 10`, () => {
      expect(readWith(velocity, value)[0]).to.equal(value);
    });
  }

  for (const value of [-0.1, 10.01, '5', null, undefined, Infinity, NaN]) {
    it(`refuses the velocity ${shown(value)}`, () => {
      expect(readWith(velocity, value)[0]).to.be.undefined;
    });
  }

  it('refuses a fraction as a count, which is a whole number', () => {
    expect(readWith(count, 1.5)[0]).to.be.undefined;
    expect(readWith(count, 3)[0]).to.equal(3);
  });

  it('says what it expects, including the range and wholeness', () => {
    expect(() => new Reader(DOCUMENT).parse(velocity, 11)).to.throw(ContractError, 'expected a number from 0 to 10');
    expect(() => new Reader(DOCUMENT).parse(count, -1)).to.throw(ContractError, 'expected a whole number from 0 to 1000000000');
  });
});

describe('slug', () => {
  for (const value of ['kafka', 'argo-cd', 'k8s', 'a-b-c-1', 'a'.repeat(100)]) {
    it(`accepts the slug ${shown(value)}`, () => {
      expect(readWith(slug, value)[0]).to.equal(value);
      expect(SLUG_PATTERN.test(value)).to.be.true;
    });
  }

  for (const value of ['Kafka', 'apache kafka', 'kafka-', '-kafka', 'a--b', 'a_b', 'ä', '', 'a'.repeat(101), 7]) {
    it(`refuses the slug ${shown(value)}`, () => {
      expect(readWith(slug, value)[0]).to.be.undefined;
    });
  }
});

describe('dateTime', () => {
  const accepted = [
    '2026-05-20T00:00:00Z',
    '2026-05-20T02:00:00+02:00',
    '2026-05-20T00:00:00-05:30',
    '2026-05-20T00:00:00.123Z',
    '2026-05-20T00:00Z',
    '2024-02-29T00:00:00Z',
    '2000-02-29T00:00:00Z',
    '2026-12-31T23:59:59Z',
  ];
  const refused: unknown[] = [
    '2026-05-20',
    '2026-05-20T00:00:00',
    '2026-05-20 00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2026-04-31T00:00:00Z',
    '2026-00-10T00:00:00Z',
    '2026-01-00T00:00:00Z',
    '2026-01-01T25:00:00Z',
    'yesterday',
    'Wed, 20 May 2026 00:00:00 GMT',
    1747699200000,
    null,
  ];

  for (const value of accepted) {
    it(`accepts the date-time ${value}`, () => {
      expect(readWith(dateTime, value)[0]).to.equal(value);
    });
  }

  for (const value of refused) {
    it(`refuses the date-time ${shown(value)}`, () => {
      expect(readWith(dateTime, value)[0]).to.be.undefined;
    });
  }
});

describe('dates ahead of the reader', () => {
  const HOUR = 3_600_000;
  const NOW = Date.parse('2026-06-15T12:00:00Z');
  const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

  it('tolerates a date up to exactly a day ahead, as clock skew', () => {
    expect(isTooFarAhead('2026-06-16T12:00:00Z', NOW)).to.be.false;
    expect(isTooFarAhead('2026-06-15T20:00:00+02:00', NOW)).to.be.false;
  });

  it('finds a date more than a day ahead too far ahead', () => {
    expect(isTooFarAhead('2026-06-16T12:00:00.001Z', NOW)).to.be.true;
    expect(isTooFarAhead('9999-12-31T00:00:00Z', NOW)).to.be.true;
  });

  it('accepts a date a few hours ahead of the reader’s clock', () => {
    const date = inHours(23);
    expect(readWith(pastDateTime, date)[0]).to.equal(date);
  });

  it('refuses a date more than a day ahead of the reader’s clock', () => {
    expect(readWith(pastDateTime, inHours(25))[0]).to.be.undefined;
    expect(readWith(pastDateTime, '9999-12-31T00:00:00Z')[0]).to.be.undefined;
  });

  it('still refuses what is not a date-time', () => {
    expect(readWith(pastDateTime, 'yesterday')[0]).to.be.undefined;
  });
});

describe('object and boolean', () => {
  it('accepts a plain object and refuses null, lists and other values', () => {
    const schema = object({});
    expect(readWith(schema, { a: 1 })[0]).to.deep.equal({});
    for (const value of [null, [], 'x', 1, true, undefined]) expect(readWith(schema, value)[0], shown(value)).to.be.undefined;
  });

  it('accepts true and false and refuses truthy or falsy look-alikes', () => {
    expect(readWith(boolean, true)[0]).to.be.true;
    expect(readWith(boolean, false)[0]).to.be.false;
    for (const value of ['true', 1, 0, null, undefined]) expect(readWith(boolean, value)[0], shown(value)).to.be.undefined;
  });
});

describe('list', () => {
  /** Themes capped at `max` items, as the index's products or a product's themes are. */
  const themes = (max: number) => list(textOf(10, ''), max, 'themes');

  it('reads every good item, in order, with no warning', () => {
    expect(readWith(themes(5), ['a', 'b'])).to.deep.equal([['a', 'b'], []]);
  });

  it('leaves out each bad item with a warning naming its index', () => {
    expect(readWith(themes(5), ['a', 42, 'b', ''])).to.deep.equal([
      ['a', 'b'],
      ['test.json themes[1]: expected text; themes[1] is left out', 'test.json themes[3]: expected text; themes[3] is left out'],
    ]);
  });

  it('names the field of a left-out item that was bad', () => {
    const items = list(object({ title: textOf(10, 'title') }), 5, 'activity');
    expect(readWith(items, [{ title: 'a' }, { title: 7 }])).to.deep.equal([
      [{ title: 'a' }],
      ['test.json activity[1].title: expected text; activity[1] is left out'],
    ]);
  });

  it('warns about a left-out item only, not about the fields it had', () => {
    const items = list(object({ title: textOf(10, 'title'), note: orElse('note', textOf(10), '') }), 5, 'activity');
    expect(readWith(items, [{ title: 7, note: 7 }])).to.deep.equal([
      [],
      ['test.json activity[0].title: expected text; activity[0] is left out'],
    ]);
  });

  it('names the cut of a text in an item from the item', () => {
    expect(readWith(themes(5), ['a', 'b'.repeat(11)])).to.deep.equal([
      ['a', `${'b'.repeat(10)}…`],
      ['test.json themes[1]: over 10 characters; cut'],
    ]);
  });

  it('reads only the first items up to its cap, with one warning about the list', () => {
    expect(readWith(themes(2), ['a', 'b', 'c', 42])).to.deep.equal([
      ['a', 'b'],
      ['test.json themes: has 4 items; only the first 2 are read'],
    ]);
  });

  it('refuses a value that is not a list', () => {
    for (const value of [{}, 'a', null, undefined, { length: 1, 0: 'a' }]) {
      expect(readWith(themes(2), value)[0], shown(value)).to.be.undefined;
    }
  });
});

describe('Reader', () => {
  it('falls back and warns with the path when an optional value is bad', () => {
    expect(readWith(orElse('headline', text(10), ''), 42)).to.deep.equal(['', ['test.json headline: expected text']]);
  });

  it('says "(missing)" when an optional value is missing', () => {
    expect(readWith(orElse('headline', text(10), ''), undefined)).to.deep.equal([
      '',
      ['test.json headline: expected text (missing)'],
    ]);
  });

  it('falls back silently when a value that may be missing is missing', () => {
    expect(readWith(orElse('spark', withDefault(boolean, false), false), undefined)).to.deep.equal([false, []]);
  });

  it('still warns when a value that may be missing is present but bad', () => {
    expect(readWith(orElse('spark', withDefault(boolean, false), false), 'yes')).to.deep.equal([
      false,
      ['test.json spark: expected true or false'],
    ]);
  });

  it('gives each fallback a copy of its own, not one shared value', () => {
    const themes = orElse('themes', list(textOf(10, ''), 5, 'themes'), []);
    const [first] = readWith(themes, 'x');
    first!.push('changed');
    expect(readWith(themes, 'x')[0]).to.deep.equal([]);
  });

  it('turns a bad required value into a ContractError for the whole document', () => {
    expect(() => Reader.read(DOCUMENT, { n: 'x' }, (r, json) => r.parse(object({ n: velocity }), json))).to.throw(
      ContractError,
      'test.json does not match the contract at n: expected a number from 0 to 10',
    );
  });

  it('names the document itself as (document) when it is not an object', () => {
    expect(() => Reader.read(DOCUMENT, [], (r, json) => r.parse(object({}), json))).to.throw(
      ContractError,
      'test.json does not match the contract at (document): expected an object',
    );
  });

  it('gives back the value and the warnings of a document read', () => {
    const [value, warnings] = Reader.read(DOCUMENT, { a: 42 }, (r, json) => r.parse(object({ a: orElse('a', text(5), 'x') }), json));
    expect(value).to.deep.equal({ a: 'x' });
    expect(warnings).to.deep.equal(['test.json a: expected text']);
  });

  it('lets an error that is not about the contract through unchanged', () => {
    const failure = new RangeError('boom');
    expect(() =>
      Reader.read(DOCUMENT, {}, () => {
        throw failure;
      }),
    ).to.throw(failure);
  });
});
