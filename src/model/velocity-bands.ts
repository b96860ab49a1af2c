// The colour of a badge's score, by velocity: one definition for the live
// <sp-velocity-badge> and the SVG badges `sparkpulse badges` writes. Browser
// code (no badge-maker here), so the element can import it, the tests can read
// the bands in a browser and the README's table can be checked against them.
import { formatVelocity } from '../text/format.js';

export interface VelocityBand {
  /** The lowest score shown in this band, inclusive. */
  readonly from: number;
  /** The score the next band starts at; the last band ends at 10, inclusive. */
  readonly to: number;
  /** The colour, for people; also the live badge's class for it (`band--green`). */
  readonly name: string;
  /** The colour of the badge's right half, behind white text. */
  readonly color: `#${string}`;
}

/**
 * Five bands of two points each. Each colour holds white 11 px text at a
 * contrast of 4.5:1 or more (WCAG AA): shields.io's own named colours
 * (lightgrey, green, yellowgreen) reach about 3:1.
 */
export const VELOCITY_BANDS: readonly VelocityBand[] = [
  { from: 0, to: 2, name: 'grey', color: '#656d76' },
  { from: 2, to: 4, name: 'blue', color: '#0969da' },
  { from: 4, to: 6, name: 'green', color: '#1a7f37' },
  { from: 6, to: 8, name: 'olive', color: '#5a7a00' },
  { from: 8, to: 10, name: 'orange', color: '#bc4c00' },
];

/**
 * The band of the score as shown, not as stored: 1.96 shows as "2.0", so it
 * takes the colour every other "2.0" has.
 */
export function velocityBand(velocity: number): VelocityBand {
  const shown = Number(formatVelocity(velocity));
  return VELOCITY_BANDS.find((band) => shown < band.to) ?? VELOCITY_BANDS[VELOCITY_BANDS.length - 1];
}

/** `0.0–1.9`: the scores a band shows, at one decimal. */
export function bandRange(band: VelocityBand): string {
  const last = band === VELOCITY_BANDS[VELOCITY_BANDS.length - 1] ? band.to : band.to - 0.1;
  return `${formatVelocity(band.from)}–${formatVelocity(last)}`;
}

/** The README's table of the bands, in Markdown, one row a band. */
export function velocityBandsTable(): string {
  const rows = VELOCITY_BANDS.map((band) => `| ${bandRange(band)} | ${band.name} | \`${band.color}\` |`);
  return ['| velocity | colour | hex |', '| --- | --- | --- |', ...rows].join('\n');
}
