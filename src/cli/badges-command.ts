// `sparkpulse badges <folder> [--out <dir>] [--style <style>]`.
import { BADGE_STYLES, BadgesError, writeBadges, type BadgeStyle } from './badges.js';
import { EXIT, oneEndpoint, UsageError, type Command } from './command.js';
import { printable } from './format.js';
import { RefusedPathError, WriteFailedError } from '../node/safe-files.js';
import { EndpointError, openSource } from '../node/source.js';
import { bandRange, VELOCITY_BANDS } from '../model/velocity-bands.js';

const bands = VELOCITY_BANDS.map((band) => `  ${bandRange(band).padEnd(9)}  ${band.name} (${band.color})`).join('\n');

export const badgesCommand: Command = {
  synopsis: 'badges <folder>',
  summary: 'write an SVG badge and a shields.io document for every product',
  usage: `Usage: sparkpulse badges <folder> [--out <dir>] [--style ${BADGE_STYLES.join('|')}]

Reads index.json with the widgets' own reader and writes, for every product
it lists, badges/<slug>.svg (the name and "velocity 5.0", for an <img> or
Markdown) and shields/<slug>.json (for https://img.shields.io/endpoint).
They go next to the endpoint's documents, so one upload publishes them all.
A file that already says what it would say is left as it is, date included.

  <folder>         the endpoint's folder, which holds index.json (a base URL
                   works too, with --out)
  --out <dir>      write badges/ and shields/ in <dir> instead
  --style <style>  ${BADGE_STYLES.join(', ')} (default flat)
  -h, --help       show this help

The colour of the score, by velocity as shown:
${bands}

Links: the folder named (the endpoint's, or --out) may be a symbolic link.
Below it, badges/, shields/ and every file to write must not be one: a link
there stops the command before it writes anything (exit 2). index.json is
not read through a link that leads out of the endpoint's folder (exit 1).

Exit status: 0 when the badges were written (warnings on index.json alone
give 0 too), 1 when index.json cannot be read or a file cannot be written,
2 when the command is used wrongly or would write through a link.
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
      io.stdout.write(`${printable(where)}: ${summary(result.written.length, result.badges, result.shields, result.unchanged)}\n`);
      return EXIT.ok;
    } catch (error) {
      if (error instanceof EndpointError && error.usage) throw new UsageError(error.message);
      // Not a mistyped command line, so no usage text; but the output folder is the user's to choose again.
      if (error instanceof RefusedPathError) {
        io.stderr.write(`sparkpulse badges: ${printable(error.message)}; ${writtenBefore(error.written, true)}\n`);
        return EXIT.usage;
      }
      if (error instanceof WriteFailedError) {
        const before = error.written.length > 0 ? `; ${writtenBefore(error.written, false)}` : '';
        io.stderr.write(`sparkpulse badges: ${printable(error.message)}${before}\n`);
        return EXIT.failed;
      }
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

function summary(count: number, badges: string, shields: string, unchanged: number): string {
  if (count === 0) return 'no badges written: index.json lists no products.';
  const written = `${count.toLocaleString('en-US')} ${count === 1 ? 'badge' : 'badges'}`;
  const untouched = unchanged > 0 ? ` (${unchanged.toLocaleString('en-US')} of ${(count * 2).toLocaleString('en-US')} files already up to date, left untouched)` : '';
  return `${written} written to ${printable(badges)}/ and ${printable(shields)}/${untouched}.`;
}

/** What a stopped run had written: the check before writing refuses before anything is. */
function writtenBefore(written: readonly string[], refused: boolean): string {
  if (written.length === 0) return 'nothing was written';
  const files = `${written.length.toLocaleString('en-US')} ${written.length === 1 ? 'file was' : 'files were'}`;
  return `${files} written before ${refused ? 'the refusal' : 'the failure'}, the first ${printable(written[0])}`;
}
