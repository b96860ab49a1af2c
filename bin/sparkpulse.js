#!/usr/bin/env node
// The `sparkpulse` command. Plain JavaScript, so it runs as committed; the
// command itself is built from src/cli/ into dist/cli/ by `npm run build:npm`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const NODE_MAJOR = 20;
const built = new URL('../dist/cli/main.js', import.meta.url);

if (Number(process.versions.node.split('.')[0]) < NODE_MAJOR) {
  console.error(`sparkpulse: needs Node ${NODE_MAJOR} or later; this is ${process.version}`);
  process.exitCode = 1;
} else if (!existsSync(fileURLToPath(built))) {
  // Only a source checkout lacks it: the published package ships dist/.
  console.error('sparkpulse: dist/cli/main.js is missing; build it first with `npm run build:npm`');
  process.exitCode = 1;
} else {
  const { main } = await import(built.href);
  // exitCode, not exit(): a long report piped to another program is written out in full first.
  process.exitCode = await main(process.argv.slice(2));
}
