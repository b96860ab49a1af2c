// Other copies of the built script-tag bundle, for pages that load two:
// - /dist-other/… is dist/ as another version of Sparkpulse would ship it:
//   the same files with the version string changed to OTHER_VERSION;
// - /dist-broken/… has the loader, but every chunk it fetches is missing (404);
// - /dist-tampered/… is dist/ with one chunk changed after the build
//   (tamperedChunk()), as a compromised CDN would serve it, readable by any origin;
// - /dist-nocors/… is dist/ served without Access-Control-Allow-Origin.
// All are served as built, byte for byte: the runner's own transforms would
// break the chunks' integrity.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);
export const OTHER_VERSION = '0.0.9';

async function ourVersion() {
  const source = await readFile(new URL('../../src/version.ts', import.meta.url), 'utf8');
  return source.match(/VERSION = '([^']+)'/)[1];
}

/**
 * The tampered chunk: the one sp-compare imports besides the badge's, which
 * sp-timeline imports too, so the loader only learns of it from the chunks' graph.
 */
export async function tamperedChunk() {
  const manifest = JSON.parse(await readFile(new URL('cdn/manifest.json', DIST), 'utf8'));
  const direct = new Set(manifest['src/cdn.ts'].dynamicImports);
  const key = manifest['src/compare/sp-compare.ts'].imports.find((name) => !direct.has(name));
  return manifest[key].file;
}

/** What the tampered chunk runs, if a browser ever runs it. */
export const TAMPERING = ';globalThis.sparkpulseTampered=true;';

/** `file` of dist/ as the build `kind` serves it. */
async function builtFile(kind, file) {
  let code = await readFile(new URL(file.replace(/\.\./g, ''), DIST), 'utf8');
  if (kind === 'other') {
    // Inlined as a string and inside sentences ("…not 0.1.0."), never within a longer number.
    const version = (await ourVersion()).replaceAll('.', '\\.');
    code = code.replace(new RegExp(`(?<![\\d.])${version}(?!\\d)`, 'g'), OTHER_VERSION);
    // Another version's loader carries its own chunks' integrity.
    if (file === 'sparkpulse.js') {
      const chunks = [...code.matchAll(/"\.\/(cdn\/[^"]+)":\["(sha384-[^"]+)"/g)];
      for (const [, chunk, integrity] of chunks) {
        const digest = createHash('sha384').update(await builtFile(kind, chunk)).digest('base64');
        code = code.replace(integrity, `sha384-${digest}`);
      }
    }
  }
  if (kind === 'tampered' && file === (await tamperedChunk())) code += TAMPERING;
  return code;
}

export function otherBuilds() {
  return async (ctx, next) => {
    const match = ctx.path.match(/^\/dist-(other|broken|tampered|nocors)\/(.+)$/);
    if (!match) return next();
    const [, kind, file] = match;
    // As a CDN that has the files, or lacks them, answers: readable by any origin.
    if (kind === 'tampered' || kind === 'broken') ctx.set('Access-Control-Allow-Origin', '*');
    if (kind === 'broken' && file !== 'sparkpulse.js') return void (ctx.status = 404);
    let code;
    try {
      code = await builtFile(kind, file);
    } catch {
      return void (ctx.status = 404);
    }
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = code;
  };
}
