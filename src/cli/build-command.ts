/// <reference types="node" />
// `sparkpulse build <folder> --out <folder> [--style <style>] [--json]`.
import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { BADGE_STYLES, type BadgeStyle } from './badges.js';
import { BuildError, buildEndpoint, BuildStopped, type BuildResult } from './build.js';
import { EXIT, oneEndpoint, UsageError, type Command, type Io } from './command.js';
import { findingLine, printable } from './format.js';
import { progress, type Progress } from './progress.js';
import type { Finding } from './validate.js';
import { checkInThreads, publishInThreads } from './workers.js';
import { RefusedPathError, WriteFailedError } from '../node/safe-files.js';
import { EndpointError, openSource } from '../node/source.js';

/** Findings printed at most, of each kind; --json has them all, and `sparkpulse validate` prints them all. */
const SHOWN_FINDINGS = 20;

export const buildCommand: Command = {
  synopsis: 'build <folder> --out <folder>',
  summary: 'publish an endpoint: the full form and the small documents the widgets read at scale',
  usage: `Usage: sparkpulse build <folder> --out <folder> [--style ${BADGE_STYLES.join('|')}] [--json]

Reads the full form in <folder> (index.json and products/<slug>.json, as
"sparkpulse validate" checks them) and writes the published endpoint into
the --out folder, ready to upload as it is:

  index.json               the full form's, as written
  products/<slug>.json     each product document, with the index's site and
                           the product's alternatives (its sector's fastest)
  summaries/<shard>.json   every product in short, in 4,096 shards by a hash
                           of its slug: what a badge reads
  activity/<slug>/<n>.json each product's activity in pages of 20, 40, 80,
                           160, … items: what a timeline reads
  badges/<slug>.svg        as "sparkpulse badges" writes them
  shields/<slug>.json

A full form that "sparkpulse validate" finds an error in is refused, and
nothing is written. A file that already says what it would say is left as
it is, date included, so a second run over an unchanged catalogue writes
nothing, and an upload that syncs by date or content sends only what
changed. The files of products no longer listed, pages past a product's
last, and the temporary files of a stopped run are deleted; other files
are left alone.

  <folder>         the full form's folder, which holds index.json
  --out <folder>   where to write the published endpoint; not <folder> itself
  --style <style>  the SVG badges' style: ${BADGE_STYLES.join(', ')} (default flat)
  --json           print one JSON report on stdout instead of text
  -h, --help       show this help

Links: the --out folder may be a symbolic link. Below it, no folder build
writes in and no file there may be one: a link stops the command before it
writes anything (exit 2). A document behind a link that leads out of
<folder> is not read.

Exit status: 0 when the endpoint was published (warnings on the full form
alone give 0 too), 1 when the full form is broken or cannot be read, or a
file cannot be written, 2 when the command is used wrongly or would write
through a link.
`,
  options: {
    out: { type: 'string' },
    style: { type: 'string' },
    json: { type: 'boolean' },
  },

  async run({ positionals, values }, io) {
    const where = oneEndpoint(positionals, "name the full form's folder");
    const out = values.out as string | undefined;
    if (out === undefined) throw new UsageError('name the folder to publish into with --out <folder>');
    if (out === '') throw new UsageError('--out needs a folder');
    const style = styleOf(values.style as string | undefined);
    const json = values.json === true;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(where)) throw new UsageError(`${where} is a URL: build reads the full form from a folder`);
    if (await sameFolder(where, out)) throw new UsageError('--out must be another folder than the full form\'s: build writes the full form there too');

    const shown: Partial<Record<'validate' | 'publish', Progress | undefined>> = {};
    const report = (result: Partial<BuildResult> & { problem?: string; errors?: Finding[]; warnings?: Finding[] }) => ({
      version: 1,
      endpoint: where,
      out,
      ok: result.problem === undefined,
      ...(result.problem !== undefined ? { problem: result.problem } : {}),
      products: result.products ?? 0,
      files: result.files ?? 0,
      written: result.written ?? 0,
      unchanged: result.unchanged ?? 0,
      deleted: result.deleted ?? 0,
      errors: result.errors ?? [],
      warnings: result.warnings ?? [],
    });
    try {
      const source = openSource(where);
      await source.open();
      const result = await buildEndpoint(source, out, {
        style,
        check: checkInThreads(),
        publish: publishInThreads(),
        onProgress(phase, done, total) {
          if (!(phase in shown)) {
            if (phase === 'publish') shown.validate?.end();
            shown[phase] = progress(io.stderr, total, undefined, phase === 'validate' ? 'Reading product documents' : 'Publishing products');
          }
          shown[phase]?.update(done);
        },
      });
      shown.publish?.end();
      const { warnings } = result.report;
      if (json) {
        io.stdout.write(`${JSON.stringify(report({ ...result, warnings }), null, 2)}\n`);
      } else {
        printFindings(io, 'warning', warnings, where);
        io.stdout.write(`${printable(where)}: ${summary(result, out)}\n`);
      }
      return EXIT.ok;
    } catch (error) {
      shown.validate?.end();
      shown.publish?.end();
      if (error instanceof EndpointError && error.usage) throw new UsageError(error.message);
      const refused = error instanceof RefusedPathError || (error instanceof BuildStopped && error.reason instanceof RefusedPathError);
      const known = [RefusedPathError, WriteFailedError, BuildStopped, EndpointError, BuildError];
      if (!known.some((kind) => error instanceof kind)) throw error;
      const found = error instanceof BuildError ? error.report : undefined;
      const problem =
        error instanceof RefusedPathError
          ? `${error.message}; nothing was written`
          : error instanceof BuildStopped
            ? `${error.message}; ${writtenBefore(error.written, refused)}`
            : (error as Error).message;
      if (json) {
        io.stdout.write(`${JSON.stringify(report({ problem, errors: found?.errors, warnings: found?.warnings }), null, 2)}\n`);
      } else {
        if (found) {
          printFindings(io, 'warning', found.warnings, where);
          printFindings(io, 'error  ', found.errors, where);
        }
        io.stderr.write(`sparkpulse build: ${printable(problem)}\n`);
      }
      // Not a mistyped command line, so no usage text; but the output folder is the user's to choose again.
      return refused ? EXIT.usage : EXIT.failed;
    }
  },
};

function styleOf(value: string | undefined): BadgeStyle {
  if (value === undefined) return 'flat';
  if ((BADGE_STYLES as readonly string[]).includes(value)) return value as BadgeStyle;
  throw new UsageError(`--style takes ${BADGE_STYLES.join(', ')}; not ${JSON.stringify(value)}`);
}

/** True when both name one folder, as far as the file system says now; a folder not made yet is no other's. */
async function sameFolder(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [realA, realB] = await Promise.all([realpath(a).catch(() => undefined), realpath(b).catch(() => undefined)]);
  return realA !== undefined && realA === realB;
}

/** The first SHOWN_FINDINGS findings on stderr, and how many more `sparkpulse validate` would list. */
function printFindings(io: Io, label: string, findings: Finding[], where: string): void {
  for (const finding of findings.slice(0, SHOWN_FINDINGS)) io.stderr.write(`${label} ${findingLine(finding)}\n`);
  const more = findings.length - SHOWN_FINDINGS;
  if (more > 0) {
    const kind = label.trim();
    io.stderr.write(`… and ${more.toLocaleString('en-US')} more ${more === 1 ? kind : `${kind}s`}: "sparkpulse validate ${printable(where)}" lists them all\n`);
  }
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function summary(result: BuildResult, out: string): string {
  const deleted = result.deleted > 0 ? `, ${count(result.deleted, 'stale file')} deleted` : '';
  return (
    `${count(result.products, 'product')} published to ${printable(out)} in ${count(result.files, 'file')}: ` +
    `${result.written.toLocaleString('en-US')} written, ${result.unchanged.toLocaleString('en-US')} already up to date${deleted}.`
  );
}

/** What a stopped run had written. */
function writtenBefore(written: number, refused: boolean): string {
  if (written === 0) return 'nothing was written';
  return `${count(written, 'file was', 'files were')} written before the ${refused ? 'refusal' : 'failure'}`;
}
