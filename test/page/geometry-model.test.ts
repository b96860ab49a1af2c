/**
 * The loader carries, for each part of a widget, two numbers a layout: the
 * a and b of a + b / (w − c) (src/page/geometry.ts). They are fitted to the
 * model of test/page/geometry-model.ts; this checks that they still follow it,
 * and when the model or a stylesheet changes, prints the numbers to paste.
 */
import { expect } from '@open-wc/testing';
import { COLUMN_LOSS, HEIGHTS } from '../../src/page/geometry.js';
import { PARTS } from './geometry-model.js';

/** Each layout's widths, in em. */
const RANGES = [
  [16, 35],
  [35, 80],
];

/** a and b, least squares over the layout's widths every quarter em, rounded as geometry.ts writes them. */
function fit(part: (w: number, wide: boolean) => number, layout: number): [number, number] {
  const widths: number[] = [];
  for (let w = RANGES[layout][0]; w <= RANGES[layout][1]; w += 0.25) widths.push(w);
  const xs = widths.map((w) => 1 / (w - COLUMN_LOSS[layout]));
  const ys = widths.map((w) => part(w, layout === 1));
  const n = xs.length;
  const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);
  const [sx, sy, sxx, sxy] = [sum(xs), sum(ys), sum(xs.map((x) => x * x)), sum(xs.map((x, i) => x * ys[i]))];
  const b = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const a = (sy - b * sx) / n;
  return [Math.round(a * 100) / 100, Math.round(b)];
}

describe('the estimate the loader carries', () => {
  it('has the numbers fitted to the model, for every part', () => {
    const fitted = Object.fromEntries(Object.entries(PARTS).map(([name, part]) => [name, [...fit(part, 0), ...fit(part, 1)]]));
    const differ = Object.keys(PARTS).filter((name) =>
      HEIGHTS[name]?.some((value, i) => Math.abs(value - fitted[name][i]) > (i % 2 ? 1 : 0.06)) ?? true,
    );
    expect(differ, `paste into HEIGHTS: ${JSON.stringify(fitted)}`).to.deep.equal([]);
    expect(Object.keys(HEIGHTS).sort()).to.deep.equal(Object.keys(PARTS).sort());
  });

  it('follows the model within 12 %, or 1.5 em for a small part, at every width', () => {
    const far: string[] = [];
    for (const [name, part] of Object.entries(PARTS)) {
      for (const layout of [0, 1]) {
        const [a, b] = HEIGHTS[name].slice(2 * layout, 2 * layout + 2);
        for (let w = RANGES[layout][0]; w <= RANGES[layout][1]; w += 1) {
          const model = part(w, layout === 1);
          const estimate = a + b / (w - COLUMN_LOSS[layout]);
          if (Math.abs(estimate - model) > Math.max(0.12 * model, 1.5)) far.push(`${name} at ${w}em: ${estimate.toFixed(2)} for ${model.toFixed(2)}`);
        }
      }
    }
    expect(far).to.deep.equal([]);
  });
});
