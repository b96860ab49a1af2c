import { expect } from '@open-wc/testing';
import { ContractError, list, Reader, type Rule } from '../../src/contract/reader.js';
import { boolean, dateTime, isTooFarAhead, pastDateTime } from '../../src/contract/product-rules.js';
import { isBlank, number, object, safeUrl, slug, SLUG_PATTERN, text, urlTemplate } from '../../src/contract/rules.js';

const DOCUMENT = 'test.json';

/** Reads `value` at `path` with `rule` and gives back the result and the warnings. */
function readWith<T>(rule: Rule<T>, value: unknown, path = 'field'): [T | undefined, string[]] {
  const reader = new Reader(DOCUMENT);
  return [rule.read(value, path, reader), reader.warnings];
}

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
    expect(readWith(text(10), '  hello  ')).to.deep.equal(['  hello  ', []]);
  });

  it('keeps text exactly at its cap with no warning', () => {
    expect(readWith(text(5), 'abcde')).to.deep.equal(['abcde', []]);
  });

  it('cuts text over its cap to the cap plus an ellipsis, with a warning naming the path', () => {
    expect(readWith(text(5), 'abcdefgh', 'summary')).to.deep.equal([
      'abcde…',
      ['test.json summary: over 5 characters; cut'],
    ]);
  });

  for (const value of ['', '   ', '\n\t', 42, null, undefined, true, ['a'], { a: 1 }]) {
    it(`refuses ${shown(value)} as text`, () => {
      expect(readWith(text(10), value)).to.deep.equal([undefined, []]);
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
      expect(readWith(text(10), value)).to.deep.equal([undefined, []]);
    });
  }

  it('keeps text with a visible character among invisible ones, as it is', () => {
    expect(readWith(text(20), '\u200BKafka\u3164')).to.deep.equal(['\u200BKafka\u3164', []]);
    expect(isBlank('\u2800\u00E9')).to.be.false;
  });
});

describe('cutting text at its cap', () => {
  /** A cut with `text(max)`, as the reader gives it back. */
  const cut = (value: string, max: number) => readWith(text(max), value)[0];

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

  it('makes no Intl object when its module loads', async () => {
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
      // A fresh copy of the module, evaluated now under the counting constructors.
      await import(new URL(`../../src/contract/rules.ts?fresh=${Date.now()}`, import.meta.url).href);
    } finally {
      for (const [name, original] of originals) (Intl as Record<string, unknown>)[name] = original;
    }
    expect(made).to.deep.equal([]);
  });
});

describe('number', () => {
  for (const value of [0, 5.5, 10]) {
    it(`accepts ${value} between 0 and 10`, () => {
      expect(readWith(number(0, 10), value)[0]).to.equal(value);
    });
  }

  for (const value of [-0.1, 10.01, '5', null, undefined, Infinity]) {
    it(`refuses ${shown(value)} between 0 and 10`, () => {
      expect(readWith(number(0, 10), value)[0]).to.be.undefined;
    });
  }

  it('refuses a fraction where a whole number is required', () => {
    expect(readWith(number(0, 100, true), 1.5)[0]).to.be.undefined;
  });

  it('says what it expects, including the range and wholeness', () => {
    expect(number(0, 10).expected).to.equal('a number from 0 to 10');
    expect(number(0, 9, true).expected).to.equal('a whole number from 0 to 9');
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
  ];
  const refused: unknown[] = [
    '2026-05-20',
    '2026-05-20T00:00:00',
    '2026-05-20 00:00:00Z',
    '2026-13-01T00:00:00Z',
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
    expect(readWith(object, { a: 1 })[0]).to.deep.equal({ a: 1 });
    for (const value of [null, [], 'x', 1, true, undefined]) expect(readWith(object, value)[0], shown(value)).to.be.undefined;
  });

  it('accepts true and false and refuses truthy or falsy look-alikes', () => {
    expect(readWith(boolean, true)[0]).to.be.true;
    expect(readWith(boolean, false)[0]).to.be.false;
    for (const value of ['true', 1, 0, null, undefined]) expect(readWith(boolean, value)[0], shown(value)).to.be.undefined;
  });
});

describe('list', () => {
  it('reads every good item, in order, with no warning', () => {
    expect(readWith(list(text(10), 5), ['a', 'b'], 'themes')).to.deep.equal([['a', 'b'], []]);
  });

  it('leaves out each bad item with a warning naming its index', () => {
    expect(readWith(list(text(10), 5), ['a', 42, 'b', ''], 'themes')).to.deep.equal([
      ['a', 'b'],
      ['test.json themes[1]: expected text; the item is left out', 'test.json themes[3]: expected text; the item is left out'],
    ]);
  });

  it('reads only the first items up to its cap, with one warning about the list', () => {
    expect(readWith(list(text(10), 2), ['a', 'b', 'c', 42], 'themes')).to.deep.equal([
      ['a', 'b'],
      ['test.json themes: has 4 items; only the first 2 are read'],
    ]);
  });

  it('refuses a value that is not a list', () => {
    for (const value of [{}, 'a', null, undefined, { length: 1, 0: 'a' }]) {
      expect(readWith(list(text(10), 2), value)[0], shown(value)).to.be.undefined;
    }
  });
});

describe('Reader', () => {
  it('falls back and warns with the path when an optional value is bad', () => {
    const reader = new Reader(DOCUMENT);
    expect(reader.opt(text(10), 42, 'headline', '')).to.equal('');
    expect(reader.warnings).to.deep.equal(['test.json headline: expected text']);
  });

  it('says "(missing)" when an optional value is missing', () => {
    const reader = new Reader(DOCUMENT);
    expect(reader.opt(text(10), undefined, 'headline', '')).to.equal('');
    expect(reader.warnings).to.deep.equal(['test.json headline: expected text (missing)']);
  });

  it('falls back silently when a value that may be missing is missing', () => {
    const reader = new Reader(DOCUMENT);
    expect(reader.opt(boolean, undefined, 'spark', false, true)).to.be.false;
    expect(reader.warnings).to.deep.equal([]);
  });

  it('still warns when a value that may be missing is present but bad', () => {
    const reader = new Reader(DOCUMENT);
    expect(reader.opt(boolean, 'yes', 'spark', false, true)).to.be.false;
    expect(reader.warnings).to.deep.equal(['test.json spark: expected true or false']);
  });

  it('turns a bad required value into a ContractError for the whole document', () => {
    expect(() => Reader.read(DOCUMENT, { n: 'x' }, (r, json) => r.req(number(0, 1), (json as { n: unknown }).n, 'n')))
      .to.throw(ContractError, 'test.json does not match the contract at n: expected a number from 0 to 1');
  });

  it('gives back the value and the warnings of a document read', () => {
    const [value, warnings] = Reader.read(DOCUMENT, { a: 42 }, (r, json) => r.opt(text(5), (json as { a: unknown }).a, 'a', 'x'));
    expect(value).to.equal('x');
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
