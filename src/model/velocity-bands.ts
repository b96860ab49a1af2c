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
  /** The colour, for people. */
  readonly name: string;
  /** The colour of the badge's right half, behind white text. */
  readonly color: `#${string}`;
}

/**
 * The bands' colours, lowest first: five bands of two points each, from 0 to
 * 10. Each holds white 11 px text at a contrast of 4.5:1 or more (WCAG AA):
 * shields.io's own named colours (lightgrey, green, yellowgreen) reach about
 * 3:1. The live badge needs only these and {@link bandIndex}.
 */
export const BAND_COLORS = ['#656d76', '#0969da', '#1a7f37', '#5a7a00', '#bc4c00'] as const;

const BAND_NAMES = ['grey', 'blue', 'green', 'olive', 'orange'];

/** The bands, with their ranges and names, for the command and the README. */
export const VELOCITY_BANDS: readonly VelocityBand[] = /* @__PURE__ */ BAND_COLORS.map((color, i) => ({
  from: 2 * i,
  to: 2 * i + 2,
  name: BAND_NAMES[i],
  color,
}));

/**
 * The band of the score as shown, not as stored, as an index into the bands:
 * 1.96 shows as "2.0", so it takes the colour every other "2.0" has.
 */
export function bandIndex(velocity: number): number {
  return Math.min(BAND_COLORS.length - 1, Math.floor(Number(formatVelocity(velocity)) / 2));
}

/** The band of the score as shown. */
export function velocityBand(velocity: number): VelocityBand {
  return VELOCITY_BANDS[bandIndex(velocity)];
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
