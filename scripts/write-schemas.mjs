#!/usr/bin/env node
// Writes the endpoint contract as JSON Schema, made from the zod schemas in
// src/contract/ (see src/contract/json-schema.ts): one file per document.
//
//   node scripts/write-schemas.mjs                 # dist/schema/index.schema.json, product.schema.json,
//                                                  # summaries.schema.json, activity.schema.json
//   node scripts/write-schemas.mjs --out some/dir  # elsewhere
//
// Run after `vite build`, which empties dist/.

import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const MODULE = '/src/contract/json-schema.ts';

/** `{ 'index.schema.json': schema, … }`, made now from the TypeScript sources. */
export async function jsonSchemas() {
  const { createServer } = await import('vite');
  // Only to load the TypeScript: no project config, plugins, HMR or dependency scan.
  const server = await createServer({
    root: ROOT,
    configFile: false,
    envFile: false,
    logLevel: 'error',
    appType: 'custom',
    optimizeDeps: { noDiscovery: true, include: [] },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const { jsonSchemas: make } = await server.ssrLoadModule(MODULE);
    return make();
  } finally {
    await server.close();
  }
}

/** Writes every schema to `dir`, as JSON with a final newline; gives back the paths written. */
export async function writeSchemas(dir = join(ROOT, 'dist', 'schema')) {
  await mkdir(dir, { recursive: true });
  const written = [];
  for (const [file, schema] of Object.entries(await jsonSchemas())) {
    const path = join(dir, file);
    await writeFile(path, `${JSON.stringify(schema, null, 2)}\n`);
    written.push(path);
  }
  return written;
}

function outOption(args) {
  const at = args.indexOf('--out');
  if (at === -1) return undefined;
  if (!args[at + 1]) throw new Error('--out needs a folder');
  return resolve(args[at + 1]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeSchemas(outOption(process.argv.slice(2)))
    .then((paths) => console.log(`JSON Schema written: ${paths.map((path) => relative(process.cwd(), path)).join(', ')}`))
    .catch((error) => {
      console.error(`write-schemas: ${error.stack ?? error.message}`);
      process.exitCode = 1;
    });
}
