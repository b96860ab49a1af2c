import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/index.js';
import type { SpCompare, SpTimeline } from '../../src/classes.js';
import { sharedClient } from '../../src/client/client.js';
import { timeTemplate } from '../../src/element/time.js';
import { monthsBetween, relativeTime } from '../../src/text/time.js';
import { englishWords } from '../../src/text/words.js';
import { captureWarnings, endpoint, settled, textOf } from '../helpers.js';

/** The frozen clock every test reads: midnight UTC, June 15th 2026. */
const NOW = Date.parse('2026-06-15T00:00:00Z');

/** The short label for `date` seen from `now`, in English. */
function label(date: string, now = NOW, lang = 'en'): string | undefined {
  return relativeTime(date, now, lang)?.label;
}

/** The label for `earlier` seen from `later`, both ISO strings. */
function between(earlier: string, later: string): string | undefined {
  return label(earlier, Date.parse(later));
}

const utc = (iso: string) => new Date(iso);

describe('relativeTime', () => {
  describe('in the past', () => {
    it('says "now" for the current instant', () => {
      expect(label('2026-06-15T00:00:00Z')).to.equal('now');
    });

    it('says "now" for less than a minute ago', () => {
      expect(label('2026-06-14T23:59:01Z')).to.equal('now');
    });

    it('counts whole minutes under an hour', () => {
      expect(label('2026-06-14T23:55:00Z')).to.equal('5m ago');
    });

    it('counts whole hours under a day', () => {
      expect(label('2026-06-14T19:00:00Z')).to.equal('5h ago');
    });

    it('counts 2 days as "2d ago"', () => {
      expect(label('2026-06-13T00:00:00Z')).to.equal('2d ago');
    });

    it('counts 22 days as "22d ago"', () => {
      expect(label('2026-05-24T00:00:00Z')).to.equal('22d ago');
    });

    it('counts 26 days as "26d ago"', () => {
      expect(label('2026-05-20T00:00:00Z')).to.equal('26d ago');
    });

    it('still counts days at 29 days', () => {
      expect(label('2026-05-17T00:00:00Z')).to.equal('29d ago');
    });

    it('says "1mo ago" from 30 days on, even before a whole calendar month', () => {
      expect(label('2026-05-16T00:00:00Z')).to.equal('1mo ago');
    });

    it('counts 34 days as "1mo ago"', () => {
      expect(label('2026-05-12T00:00:00Z')).to.equal('1mo ago');
    });

    it('counts whole calendar months under a year', () => {
      expect(label('2025-07-15T00:00:00Z')).to.equal('11mo ago');
    });

    it('counts 400 days as "1y ago"', () => {
      expect(label('2025-05-11T00:00:00Z')).to.equal('1y ago');
    });

    it('counts whole years', () => {
      expect(label('2024-06-14T00:00:00Z')).to.equal('2y ago');
    });

    it('accepts a Date as well as a string', () => {
      expect(relativeTime(utc('2026-05-24T00:00:00Z'), NOW, 'en')?.label).to.equal('22d ago');
    });

    it('measures from the instant a date with an offset names', () => {
      expect(label('2026-06-15T01:00:00+02:00')).to.equal('1h ago');
    });
  });

  describe('in the future', () => {
    it('says "in 3d" for three days ahead', () => {
      expect(label('2026-06-18T00:00:00Z')).to.equal('in 3d');
    });

    it('says "in 2h" for two hours ahead', () => {
      expect(label('2026-06-15T02:00:00Z')).to.equal('in 2h');
    });

    it('counts calendar months ahead', () => {
      expect(label('2026-08-20T00:00:00Z')).to.equal('in 2mo');
    });

    it('says "now" for less than a minute ahead', () => {
      expect(label('2026-06-15T00:00:30Z')).to.equal('now');
    });
  });

  describe('month ends', () => {
    it('counts Jan 31 → Feb 28 (28 days) in days', () => {
      expect(between('2026-01-31T00:00:00Z', '2026-02-28T00:00:00Z')).to.equal('28d ago');
    });

    it('counts Jan 31 → Mar 1 in a common year (29 days) in days', () => {
      expect(between('2026-01-31T00:00:00Z', '2026-03-01T00:00:00Z')).to.equal('29d ago');
    });

    it('counts Jan 31 → Mar 1 in a leap year (30 days) as "1mo ago"', () => {
      expect(between('2024-01-31T00:00:00Z', '2024-03-01T00:00:00Z')).to.equal('1mo ago');
    });

    it('counts Mar 31 → Apr 30 as "1mo ago"', () => {
      expect(between('2026-03-31T00:00:00Z', '2026-04-30T00:00:00Z')).to.equal('1mo ago');
    });

    it('counts Mar 31 → May 30 as one month, not two', () => {
      expect(between('2026-03-31T00:00:00Z', '2026-05-30T00:00:00Z')).to.equal('1mo ago');
    });

    it('counts Mar 31 → May 31 as two months', () => {
      expect(between('2026-03-31T00:00:00Z', '2026-05-31T00:00:00Z')).to.equal('2mo ago');
    });
  });

  describe('leap days', () => {
    it('counts Feb 29, 2024 → Feb 28, 2025 as "1y ago", since the anniversary is clamped to the month end', () => {
      expect(between('2024-02-29T00:00:00Z', '2025-02-28T00:00:00Z')).to.equal('1y ago');
    });

    it('counts Feb 29, 2024 → Mar 1, 2025 as "1y ago"', () => {
      expect(between('2024-02-29T00:00:00Z', '2025-03-01T00:00:00Z')).to.equal('1y ago');
    });

    it('counts Feb 29, 2024 → Feb 27, 2025 as "11mo ago"', () => {
      expect(between('2024-02-29T00:00:00Z', '2025-02-27T00:00:00Z')).to.equal('11mo ago');
    });
  });

  describe('invalid input', () => {
    it('returns undefined for a date string that does not parse', () => {
      expect(relativeTime('not a date', NOW, 'en')).to.be.undefined;
    });

    it('returns undefined for an empty date string', () => {
      expect(relativeTime('', NOW, 'en')).to.be.undefined;
    });

    it('returns undefined for an invalid Date', () => {
      expect(relativeTime(new Date(Number.NaN), NOW, 'en')).to.be.undefined;
    });

    it('returns undefined when the clock is not a number', () => {
      expect(relativeTime('2026-05-24T00:00:00Z', Number.NaN, 'en')).to.be.undefined;
    });

    it('never shows "Invalid Date" or "NaN" for a bad date', () => {
      for (const date of ['yesterday', '2026-13-45', 'NaN', '']) {
        const result = relativeTime(date, NOW, 'en');
        expect(JSON.stringify(result ?? '')).not.to.match(/Invalid Date|NaN/);
      }
    });

    it('falls back to English for an invalid language tag instead of throwing', () => {
      const result = relativeTime('2026-05-24T00:00:00Z', NOW, 'xx_YY!!');
      expect(result).to.deep.equal({ label: '22d ago', spoken: '22 days ago', absolute: 'May 24, 2026' });
    });
  });

  describe('languages', () => {
    it('speaks German for "de"', () => {
      expect(label('2026-05-24T00:00:00Z', NOW, 'de')).to.contain('vor').and.contain('22');
    });

    it('writes the absolute date in German for "de"', () => {
      expect(relativeTime('2026-05-24T00:00:00Z', NOW, 'de')?.absolute).to.equal('24. Mai 2026');
    });
  });

  describe('absolute', () => {
    it('is a long English date for "en"', () => {
      expect(relativeTime('2026-05-24T00:00:00Z', NOW, 'en')?.absolute).to.equal('May 24, 2026');
    });

    it('is the UTC date even when the written offset puts it on another day', () => {
      expect(relativeTime('2026-05-24T23:30:00-02:00', NOW, 'en')?.absolute).to.equal('May 25, 2026');
    });

    it('is given for future dates too', () => {
      expect(relativeTime('2026-06-18T00:00:00Z', NOW, 'en')?.absolute).to.equal('June 18, 2026');
    });
  });
});

describe('monthsBetween', () => {
  it('is 0 for the same instant', () => {
    expect(monthsBetween(utc('2026-05-24T00:00:00Z'), utc('2026-05-24T00:00:00Z'))).to.equal(0);
  });

  it('counts Jan 31 → Feb 28 as one month in a common year', () => {
    expect(monthsBetween(utc('2026-01-31T00:00:00Z'), utc('2026-02-28T00:00:00Z'))).to.equal(1);
  });

  it('counts Jan 31 → Feb 27 as no whole month', () => {
    expect(monthsBetween(utc('2026-01-31T00:00:00Z'), utc('2026-02-27T00:00:00Z'))).to.equal(0);
  });

  it('counts Jan 31 → Feb 28 as no whole month in a leap year, where February has 29 days', () => {
    expect(monthsBetween(utc('2024-01-31T00:00:00Z'), utc('2024-02-28T00:00:00Z'))).to.equal(0);
  });

  it('counts Jan 31 → Mar 1 as one month', () => {
    expect(monthsBetween(utc('2026-01-31T00:00:00Z'), utc('2026-03-01T00:00:00Z'))).to.equal(1);
  });

  it('counts Mar 31 → Apr 30 as one month', () => {
    expect(monthsBetween(utc('2026-03-31T00:00:00Z'), utc('2026-04-30T00:00:00Z'))).to.equal(1);
  });

  it('counts Feb 29, 2024 → Feb 28, 2025 as twelve months', () => {
    expect(monthsBetween(utc('2024-02-29T00:00:00Z'), utc('2025-02-28T00:00:00Z'))).to.equal(12);
  });

  it('counts Feb 29, 2024 → Feb 27, 2025 as eleven months', () => {
    expect(monthsBetween(utc('2024-02-29T00:00:00Z'), utc('2025-02-27T00:00:00Z'))).to.equal(11);
  });

  it('counts across a year boundary', () => {
    expect(monthsBetween(utc('2025-11-30T00:00:00Z'), utc('2026-02-28T00:00:00Z'))).to.equal(3);
  });

  it('does not count a month that is a minute short', () => {
    expect(monthsBetween(utc('2026-01-15T12:00:00Z'), utc('2026-02-15T11:59:00Z'))).to.equal(0);
  });

  it('counts in UTC, whatever the written offset', () => {
    // 2026-01-31T23:00-02:00 is Feb 1 01:00 UTC, so Mar 1 00:00 UTC is not yet a month later.
    expect(monthsBetween(utc('2026-01-31T23:00:00-02:00'), utc('2026-03-01T00:00:00Z'))).to.equal(0);
  });
});

// ---------------------------------------------------------------------------
// Relative times as the widgets show them: timeTemplate and rendered widgets,
// read under a frozen Date.now.

describe('relative times in the widgets', () => {
  const realNow = Date.now;
  const freeze = (iso: string) => {
    const ms = Date.parse(iso);
    Date.now = () => ms;
  };

  afterEach(() => {
    Date.now = realNow;
  });

  /** The container `timeTemplate(date)` renders into, read with the current clock. */
  function rendered(date: string | undefined): HTMLElement {
    const div = document.createElement('div');
    render(timeTemplate(date, englishWords()), div);
    return div;
  }

  /** The short label timeTemplate shows for `date`. */
  const shown = (date: string) => textOf(rendered(date).querySelector('time [aria-hidden="true"]'));

  /** A product document of the sample data with `change` applied, primed under a fresh endpoint. */
  async function primed(changes: Record<string, (doc: Record<string, unknown>) => void>): Promise<string> {
    const ep = new URL(endpoint('ok'), location.href).href;
    for (const [slug, change] of Object.entries(changes)) {
      const doc = await (await fetch(`/demo/endpoint/products/${slug}.json`)).json();
      change(doc);
      sharedClient().prime(`${ep}products/${slug}.json`, doc);
    }
    return ep;
  }

  const BROKEN = /Invalid Date|NaN|undefined/;

  describe('a missing or invalid date', () => {
    it('renders nothing for a missing date', () => {
      const div = rendered(undefined);
      expect(div.querySelector('time')?.outerHTML).to.be.undefined;
      expect(textOf(div)).to.equal('');
    });

    for (const date of ['not a date', '', 'NaN', '2026-13-45T00:00:00Z']) {
      it(`renders nothing for ${JSON.stringify(date)}`, () => {
        const div = rendered(date);
        expect(div.querySelector('time')?.outerHTML).to.be.undefined;
        expect(textOf(div)).not.to.match(BROKEN);
      });
    }

    it('renders nothing, rather than "NaN", when the clock is broken', () => {
      Date.now = () => Number.NaN;
      const div = rendered('2026-05-24T00:00:00Z');
      expect(div.querySelector('time')?.outerHTML).to.be.undefined;
      expect(textOf(div)).not.to.match(BROKEN);
    });

    it('shows "—" in the glance table for a bad or missing lastEditorialUpdate', async () => {
      const ep = await primed({
        kafka: (doc) => (doc.lastEditorialUpdate = 'last Tuesday'),
        linkerd: (doc) => delete doc.lastEditorialUpdate,
      });
      const warnings = await captureWarnings(async () => {
        const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="linkerd" sections="glance" endpoint=${ep}></sp-compare>`);
        await settled(el);
        const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find(
          (tr) => textOf(tr.querySelector('th')) === 'Last editorial update',
        )!;
        expect([...row.querySelectorAll('td')].map(textOf)).to.deep.equal(['—', '—']);
        expect(textOf(el.shadowRoot)).not.to.match(BROKEN);
        await expect(el).to.be.accessible();
      });
      expect(warnings.some((w) => w.includes('products/kafka.json lastEditorialUpdate:'))).to.be.true;
    });

    it('never shows "Invalid Date" or "NaN" in a timeline fed broken dates', async () => {
      const ep = endpoint('invalid');
      let text = '';
      await captureWarnings(async () => {
        const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka,linkerd" limit="30" endpoint=${ep}></sp-timeline>`);
        await settled(el);
        expect(el.shadowRoot!.querySelectorAll('time').length).to.equal(18);
        text = textOf(el.shadowRoot);
      });
      expect(text).not.to.match(BROKEN);
    });
  });

  describe('a date in the future', () => {
    beforeEach(() => freeze('2026-06-15T00:00:00Z'));

    it('reads "in 3d" for three days ahead', () => {
      expect(shown('2026-06-18T00:00:00Z')).to.equal('in 3d');
    });

    it('reads "in 2mo" for two months ahead', () => {
      expect(shown('2026-08-20T00:00:00Z')).to.equal('in 2mo');
    });

    it('reads "in 1y" for a year and a bit ahead', () => {
      expect(shown('2027-07-01T00:00:00Z')).to.equal('in 1y');
    });

    it('never reads as a negative time ago', () => {
      for (const date of ['2026-06-15T00:05:00Z', '2026-06-15T05:00:00Z', '2026-06-18T00:00:00Z', '2026-09-01T00:00:00Z', '2030-01-01T00:00:00Z']) {
        expect(shown(date), date).not.to.match(/-|ago/);
      }
    });

    it('shows an activity item a few hours ahead (clock skew) as "in 20h" in a timeline', async () => {
      // Items more than a day ahead are left out by the reader; hours ahead are kept.
      const ep = await primed({
        kafka: (doc) => ((doc.activity as { date: string }[])[0].date = '2026-06-15T20:00:00Z'),
      });
      const el = await fixture<SpTimeline>(html`<sp-timeline products="kafka" limit="1" endpoint=${ep}></sp-timeline>`);
      await settled(el);
      expect(textOf(el.shadowRoot!.querySelector('time [aria-hidden="true"]'))).to.equal('in 20h');
      await expect(el).to.be.accessible();
    });
  });

  describe('month ends and leap days, under a frozen clock', () => {
    // Calendar months are counted with the anniversary clamped to the end of
    // a shorter month (Jan 31 + 1 month = Feb 28), and under 30 days the
    // label stays in days.
    const cases: [from: string, now: string, label: string][] = [
      ['2026-01-31T00:00:00Z', '2026-02-28T00:00:00Z', '28d ago'],
      ['2024-01-31T00:00:00Z', '2024-02-29T00:00:00Z', '29d ago'],
      ['2026-01-31T00:00:00Z', '2026-03-02T00:00:00Z', '1mo ago'],
      ['2026-03-31T00:00:00Z', '2026-04-30T00:00:00Z', '1mo ago'],
      ['2026-03-31T00:00:00Z', '2026-05-30T23:59:59Z', '1mo ago'],
      ['2025-12-31T00:00:00Z', '2026-02-28T00:00:00Z', '2mo ago'],
      ['2024-02-29T00:00:00Z', '2025-02-27T00:00:00Z', '11mo ago'],
      ['2024-02-29T00:00:00Z', '2025-02-28T00:00:00Z', '1y ago'],
      ['2024-02-29T00:00:00Z', '2025-03-01T00:00:00Z', '1y ago'],
      ['2024-02-29T00:00:00Z', '2028-02-28T00:00:00Z', '3y ago'],
      ['2024-02-29T00:00:00Z', '2028-02-29T00:00:00Z', '4y ago'],
    ];

    for (const [from, now, label] of cases) {
      it(`shows ${from.slice(0, 10)} as "${label}" on ${now.slice(0, 10)}`, () => {
        freeze(now);
        expect(shown(from)).to.equal(label);
      });
    }
  });
});
