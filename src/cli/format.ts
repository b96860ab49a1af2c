// What `sparkpulse validate` prints for people. The --json report is the
// Report object itself; this is the text a terminal or a CI log shows.
import type { Finding, Report } from './validate.js';

// Control characters could move the cursor or recolour a terminal, and bidi
// controls reorder what is shown: the endpoint's text never reaches the
// terminal as either.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `products/kafka.json website: expected …`, as the widgets' own warnings read. */
export function findingLine(finding: Finding): string {
  const where = finding.path ? `${finding.document} ${finding.path}` : finding.document;
  const kind = finding.kind === 'contract' ? '' : ` [${finding.kind}]`;
  return printable(`${where}: ${finding.message}${kind}`);
}

const count = (n: number, one: string, many = `${one}s`) => `${n === 0 ? 'no' : n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Warnings, then errors, each in document order, one line each; then what
 * was read and the verdict. Errors come last so they are what a terminal or
 * a CI log shows above the verdict.
 */
export function formatReport(report: Report): string {
  const lines = [
    ...report.warnings.map((f) => `warning ${findingLine(f)}`),
    ...report.errors.map((f) => `error   ${findingLine(f)}`),
  ];
  const { summary } = report;
  const verdict = `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}`;
  return [...lines, ...(lines.length ? [''] : []), `${printable(report.endpoint)}: ${whatWasRead(report)}; ${verdict}.`, ''].join('\n');
}

function whatWasRead({ documents, summary, form }: Report): string {
  if (documents[0] !== 'index.json') return 'index.json could not be read';
  const read = documents.filter((document) => document.startsWith('products/')).length;
  const listed = summary.products;
  const products = read === listed ? count(listed, 'product document') : `${read.toLocaleString('en-US')} of ${count(listed, 'product document')}`;
  if (form !== 'published') return `index.json and ${products} read`;
  const shards = documents.filter((document) => document.startsWith('summaries/')).length;
  const search = documents.filter((document) => document === 'search.json' || document.startsWith('search/')).length;
  const pages = documents.filter((document) => document.startsWith('activity/')).length;
  return `published form: index.json, ${products}, ${count(shards, 'shard')} of summaries, ${count(search, 'search document')} and ${count(pages, 'page')} of activity read`;
}
