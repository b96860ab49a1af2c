// Other copies of the built script-tag bundle, for pages that load two:
// - /dist-other/… is dist/ as another version of Sparkpulse would ship it:
//   the same files with the version string changed to OTHER_VERSION;
// - /dist-broken/… has the loader, but every chunk it fetches is missing.
import { readFile } from 'node:fs/promises';

const DIST = new URL('../../dist/', import.meta.url);
export const OTHER_VERSION = '0.0.9';

async function ourVersion() {
  const source = await readFile(new URL('../../src/version.ts', import.meta.url), 'utf8');
  return source.match(/VERSION = '([^']+)'/)[1];
}

export function otherBuilds() {
  return async (ctx, next) => {
    const match = ctx.path.match(/^\/dist-(other|broken)\/(.+)$/);
    if (!match) return next();
    const [, kind, file] = match;
    if (kind === 'broken' && file !== 'sparkpulse.js') return void (ctx.status = 404);
    let code;
    try {
      code = await readFile(new URL(file.replace(/\.\./g, ''), DIST), 'utf8');
    } catch {
      return void (ctx.status = 404);
    }
    if (kind === 'other') {
      // Inlined as a string and inside sentences ("…not 0.1.0."), never within a longer number.
      const version = (await ourVersion()).replaceAll('.', '\\.');
      code = code.replace(new RegExp(`(?<![\\d.])${version}(?!\\d)`, 'g'), OTHER_VERSION);
    }
    ctx.type = 'application/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = code;
  };
}
