#!/usr/bin/env node
// A tiny, dependency-free static file server for the demo pages.
//
//   node scripts/serve.mjs          # http://127.0.0.1:8080/demo/
//   PORT=9000 node scripts/serve.mjs
//
// It serves only demo/ and dist/, on 127.0.0.1, to requests whose Host header
// names this server (see demo-server.mjs for what it refuses). This file is the
// command line: importing it starts listening, so tests import
// demo-server.mjs instead.
//
// /demo/endpoint/ is the sample as `sparkpulse build` publishes it, from
// .cache/demo-endpoint/ (npm start builds it from demo/endpoint/, the full form
// in git); without that folder, demo/endpoint/ itself. DEMO_ENDPOINT=<folder>
// names another published folder.
//
// The sample endpoint's dates are moved so that its page date is today (see
// sample-dates.mjs); SAMPLE_DATES=fixed serves the files exactly as written.

import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT, startDemoServer } from './demo-server.mjs';
import { daysSincePageDate } from './sample-dates.mjs';

const HOST = '127.0.0.1';
const FIRST_PORT = parsePort(process.env.PORT) ?? 8080;
const PORT_ATTEMPTS = 10;
const SHIFT_SAMPLE_DATES = process.env.SAMPLE_DATES !== 'fixed';
const PUBLISHED = resolve(process.env.DEMO_ENDPOINT || join(REPO_ROOT, '.cache', 'demo-endpoint'));
const ENDPOINT = existsSync(join(PUBLISHED, 'index.json')) ? PUBLISHED : undefined;

const PAGES = [
  ['/demo/', 'landing page'],
  ['/demo/blog.html', 'blog post with <sp-compare> and <sp-timeline>'],
  ['/demo/static.html', 'the same, rendered on the server with sparkpulse render: try it with JavaScript off'],
  ['/demo/docs.html', 'docs page with <sp-velocity-badge>'],
  ['/demo/builder.html', 'embed builder: pick a widget and copy its snippet'],
];

function parsePort(value) {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer between 0 and 65535, not "${value}"`);
    process.exit(1);
  }
  return port;
}

let demo;
try {
  demo = await startDemoServer({
    port: FIRST_PORT,
    host: HOST,
    attempts: PORT_ATTEMPTS,
    shiftDates: SHIFT_SAMPLE_DATES,
    endpoint: ENDPOINT,
    onPortBusy: (port) => console.error(`Port ${port} is busy, trying ${port + 1}…`),
  });
} catch (error) {
  console.error(`Could not start the demo server on ${HOST}:${error.port ?? FIRST_PORT}: ${error.message}`);
  process.exit(1);
}

console.log(`Sparkpulse demo: ${demo.url}/demo/`);
for (const [path, what] of PAGES) console.log(`  ${demo.url}${path}  (${what})`);
console.log('The endpoint data under /demo/endpoint/ is SAMPLE data. Press Ctrl+C to stop.');
console.log(
  ENDPOINT
    ? `It is the published form, written by sparkpulse build from demo/endpoint/ into ${ENDPOINT}.`
    : 'It is the full form in demo/endpoint/ (npm start publishes it with sparkpulse build first).',
);
if (SHIFT_SAMPLE_DATES) {
  console.log(`Its dates are moved ${daysSincePageDate()} days forward, so 2026-06-15 reads as today (SAMPLE_DATES=fixed to keep them).`);
}

function shutdown(signal) {
  console.log(`\nReceived ${signal}, stopping the demo server.`);
  demo.close().then(() => process.exit(0));
  setTimeout(() => process.exit(0), 1000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
