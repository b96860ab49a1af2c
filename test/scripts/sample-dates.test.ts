import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain ES module of the demo server, without types.
import { daysSincePageDate, SAMPLE_PAGE_DATE, shiftDates } from '../../scripts/sample-dates.mjs';

describe('the demo server moving sample dates', () => {
  it('counts whole days from the page date', () => {
    expect(daysSincePageDate(SAMPLE_PAGE_DATE)).to.equal(0);
    expect(daysSincePageDate(Date.UTC(2026, 10, 26, 15))).to.equal(164);
  });

  it('moves every ISO date-time in a document and nothing else', () => {
    const moved = shiftDates(
      {
        generatedAt: '2026-06-15T00:00:00Z',
        activity: [{ date: '2026-05-20T00:00:00+02:00', title: 'Released 2026-05-20', spark: false }],
        velocity: 5,
      },
      2,
    );
    expect(moved).to.deep.equal({
      generatedAt: '2026-06-17T00:00:00Z',
      activity: [{ date: '2026-05-21T22:00:00Z', title: 'Released 2026-05-20', spark: false }],
      velocity: 5,
    });
  });
});
