// Other copies of the built script-tag bundle, for pages that load two:
// - /dist-other/… is dist/ as another version of Sparkpulse would ship it:
//   the same files with the version string changed to OTHER_VERSION;
// - /dist-broken/… has the loader, but every chunk it fetches is missing (404);
// - /dist-tampered/… is dist/ with two chunks changed after the build
//   (tamperedChunks()), as a compromised CDN would serve it, readable by any origin;
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
 * The tampered chunks: the one sp-compare imports besides the badge's, which
 * sp-timeline imports too, so the loader only learns of it from the chunks'
 * graph; and the German words, which a chunk imports when a page needs them.
 */
export async function tamperedChunks() {
  const manifest = JSON.parse(await readFile(new URL('cdn/manifest.json', DIST), 'utf8'));
  const direct = new Set(manifest['src/cdn.ts'].dynamicImports);
  const key = manifest['src/compare/sp-compare.ts'].imports.find((name) => !direct.has(name));
  return [manifest[key].file, manifest['src/text/catalogue/de.ts'].file];
}

/** What a tampered chunk runs, if a browser ever runs it. */
export const TAMPERING = ';globalThis.sparkpulseTampered=true;';

/** `file` of dist/ as the build `kind` serves it. */
async function builtFile(kind, file) {
  let code = await readFile(new URL(file.replace(/\.\./g, ''), DIST), 'utf8');
  if (kind === 'other') {
    // Inlined as a string and inside sentences ("…not 0.1.0."), never within a longer number.
    const version = (await ourVersion()).replaceAll('.', '\\.');
    code = code.replace(new RegExp(`(?<![\\d.])${version}(?!\\d)`, 'g'), OTHER_VERSION);
    // Another version is another build, whose chunks have other names: here
    // the same names, so it gets its own build key, and its loader its own
    // chunks' integrity.
    const build = (await readFile(new URL('sparkpulse.js', DIST), 'utf8')).match(/__spBuild="([^"]+)"/)[1];
    code = code.replaceAll(build, `${build}-other`);
    if (file === 'sparkpulse.js') {
      for (const [, chunk, integrity] of [...code.matchAll(/"([\w-]+\.js)":\["(sha384-[^"]+)"/g)]) {
        const digest = createHash('sha384').update(await builtFile(kind, `cdn/${chunk}`)).digest('base64');
        code = code.replace(integrity, `sha384-${digest}`);
      }
    }
  }
  if (kind === 'tampered' && (await tamperedChunks()).includes(file)) code += TAMPERING;
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
