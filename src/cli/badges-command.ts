// `sparkpulse badges <folder> [--out <dir>] [--style <style>]`.
import { BADGE_STYLES, BadgesError, writeBadges, type BadgeStyle } from './badges.js';
import { EXIT, oneEndpoint, UsageError, type Command } from './command.js';
import { printable } from './format.js';
import { EndpointError, openSource } from '../node/source.js';
import { bandRange, VELOCITY_BANDS } from './velocity-bands.js';

const bands = VELOCITY_BANDS.map((band) => `  ${bandRange(band).padEnd(9)}  ${band.name} (${band.color})`).join('\n');

export const badgesCommand: Command = {
  synopsis: 'badges <folder>',
  summary: 'write an SVG badge and a shields.io document for every product',
  usage: `Usage: sparkpulse badges <folder> [--out <dir>] [--style ${BADGE_STYLES.join('|')}]

Reads index.json with the widgets' own reader and writes, for every product
it lists, badges/<slug>.svg (the name and "velocity 5.0", for an <img> or
Markdown) and shields/<slug>.json (for https://img.shields.io/endpoint).
They go next to the endpoint's documents, so one upload publishes them all.

  <folder>         the endpoint's folder, which holds index.json (a base URL
                   works too, with --out)
  --out <dir>      write badges/ and shields/ in <dir> instead
  --style <style>  ${BADGE_STYLES.join(', ')} (default flat)
  -h, --help       show this help

The colour of the score, by velocity as shown:
${bands}

Exit status: 0 when the badges were written (warnings on index.json alone
give 0 too), 1 when index.json cannot be read or a file cannot be written,
2 when the command is used wrongly.
`,
  options: {
    out: { type: 'string' },
    style: { type: 'string' },
  },

  async run({ positionals, values }, io) {
    const where = oneEndpoint(positionals, "name the endpoint's folder");
    const style = styleOf(values.style as string | undefined);
    const out = values.out as string | undefined;
    if (out === '') throw new UsageError('--out needs a folder');

    try {
      const source = openSource(where);
      if (out === undefined && /^https?:\/\//i.test(where)) {
        throw new EndpointError(`${where} is a URL, which has no folder to write the badges next to: add --out <dir>`);
      }
      await source.open();
      const result = await writeBadges(source, out ?? where, style);
      for (const warning of result.warnings) io.stderr.write(`warning ${printable(warning)}\n`);
      io.stdout.write(`${printable(where)}: ${summary(result.written.length, result.badges, result.shields)}\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof EndpointError && error.usage) throw new UsageError(error.message);
      if (!(error instanceof EndpointError || error instanceof BadgesError)) throw error;
      io.stderr.write(`sparkpulse badges: ${printable(error.message)}\n`);
      return EXIT.failed;
    }
  },
};

function styleOf(value: string | undefined): BadgeStyle {
  if (value === undefined) return 'flat';
  if ((BADGE_STYLES as readonly string[]).includes(value)) return value as BadgeStyle;
  throw new UsageError(`--style takes ${BADGE_STYLES.join(', ')}; not ${JSON.stringify(value)}`);
}

function summary(count: number, badges: string, shields: string): string {
  if (count === 0) return 'no badges written: index.json lists no products.';
  const written = `${count.toLocaleString('en-US')} ${count === 1 ? 'badge' : 'badges'}`;
  return `${written} written to ${printable(badges)}/ and ${printable(shields)}/.`;
}
