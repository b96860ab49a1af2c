// `sparkpulse validate <folder or URL> [--json] [--timeout <seconds>]`.
import { EXIT, oneEndpoint, UsageError, type Command, type Io } from './command.js';
import { formatReport, printable } from './format.js';
import { timeoutOption } from './options.js';
import { progress } from './progress.js';
import { DEFAULT_TIMEOUT_MS, EndpointError, openSource } from '../node/source.js';
import { validate, type Report } from './validate.js';
import { checkInThreads } from './workers.js';

export const validateCommand: Command = {
  synopsis: 'validate <folder or URL>',
  summary: "check an endpoint's documents the way the widgets read them",
  usage: `Usage: sparkpulse validate <folder or URL> [--json] [--timeout <seconds>]

Reads index.json and every product document it lists with the widgets' own
reader, then checks that the documents agree: every listed product has its
document, under its own slug, saying what the index says; no slug is listed
twice; activity is newest first; the site's URL templates make a link for
every product. In a folder, a document behind a symbolic link that leads out
of the folder is an error, and is not read.

On the published form (what "sparkpulse build" writes, found by its shards),
it also reads every summaries/<shard>.json and activity/<slug>/<n>.json and
checks them against the full form: each product in its shard, saying what
its document says; each product's alternatives the fastest of its sector;
each page the product's activity, in the right pages. On the full form,
index.json over the widgets' 1 MB cap is an error; on the published form the
widgets do not need it.

  <folder or URL>      the endpoint: a folder (demo/endpoint) or its base URL
                       (https://data.example.com/sparkpulse/v1/)
  --json               print one JSON report on stdout instead of text
  --timeout <seconds>  how long one request may take, body included (default ${DEFAULT_TIMEOUT_MS / 1000})
  -h, --help           show this help

Exit status: 0 when there is no error (warnings alone give 0 too), 1 when
there is at least one, 2 when the command is used wrongly.
`,
  options: {
    json: { type: 'boolean' },
    timeout: { type: 'string' },
  },

  async run({ positionals, values }, io) {
    const where = oneEndpoint(positionals, 'name the endpoint: a folder or an http(s) URL');
    const timeoutMs = timeoutOption(values.timeout as string | undefined);

    let source;
    try {
      source = openSource(where, timeoutMs);
      await source.open();
    } catch (error) {
      if (!(error instanceof EndpointError)) throw error;
      if (error.usage) throw new UsageError(error.message);
      return fail(io, where, error.message, values.json === true);
    }

    let shown: ReturnType<typeof progress>;
    const report = await validate(source, {
      check: checkInThreads(),
      onProgress(done, total) {
        shown ??= progress(io.stderr, total);
        shown?.update(done);
      },
    });
    shown?.end();
    io.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
    return report.summary.ok ? EXIT.ok : EXIT.failed;
  },
};

/** The endpoint cannot be read at all: still one report with --json, so a script has one shape to parse. */
function fail(io: Io, endpoint: string, message: string, json: boolean): number {
  if (json) {
    const report: Report = {
      version: 1,
      endpoint,
      form: 'full',
      documents: [],
      errors: [{ document: '', path: '', message, kind: 'endpoint' }],
      warnings: [],
      summary: { products: 0, documents: 0, errors: 1, warnings: 0, ok: false },
    };
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stderr.write(`sparkpulse validate: ${printable(message)}\n`);
  }
  return EXIT.failed;
}
