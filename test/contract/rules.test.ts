import { expect } from '@open-wc/testing';
import { ContractError, list, Reader, type Rule } from '../../src/contract/reader.js';
import { boolean, dateTime } from '../../src/contract/product-rules.js';
import { number, object, safeUrl, slug, SLUG_PATTERN, text } from '../../src/contract/rules.js';

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
    'HTTPS://EXAMPLE.COM/UPPER',
    'https://sparkpulse.example/products/{slug}',
    'https://sparkpulse.example/compare/{a}-vs-{b}',
    'https://example.com:8443/port',
    `https://example.com/${'a'.repeat(2048 - 'https://example.com/'.length)}`,
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

  for (const [label, value] of refused) {
    it(`refuses ${label}: ${shown(value)}`, () => {
      expect(safeUrl(value)).to.be.undefined;
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
