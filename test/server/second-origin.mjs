// The test server as a CDN on a second origin. Chromium maps the host name
// cdn.localhost to 127.0.0.1 (see web-test-runner.config.mjs), so a page on
// 127.0.0.1:<port> that loads http://cdn.localhost:<port>/dist/sparkpulse.js
// loads it cross-origin, as a blogger's page loads it from a CDN.
//
// - /dist/ and the fake endpoint answer with `Access-Control-Allow-Origin: *`,
//   as the README asks of a CDN and an endpoint: chunks are module scripts,
//   which are always fetched with CORS.
// - /test/pages/readme-snippet.html is the README's script-tag snippet,
//   exactly as written there, with only its two example hosts replaced: the
//   CDN by cdn.localhost and the endpoint by the fake one. ?crossorigin adds
//   that attribute to the script tag; ?base adds a <base href> elsewhere;
//   ?report posts the outcome to the parent window (test/pages/report.js);
//   ?npm takes the loader from the npm CDN below instead of /dist/.
// - /npm/@sparkpulse/widgets@<version>/<file> is the package as npm
//   installed it from the packed tarball (test/server/package-install.mjs),
//   served as a public npm CDN serves a package's files: every file of the
//   package under its name and version, with `Access-Control-Allow-Origin: *`.
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { contentType } from '../../scripts/content-types.mjs';
import { installedPackage } from './package-install.mjs';

export const CDN_HOST = 'cdn.localhost';

const README = new URL('../../README.md', import.meta.url);
const SNIPPET_CDN = 'https://your-cdn.example/sparkpulse/';
const SNIPPET_ENDPOINT = 'https://data.example.com/sparkpulse/v1/';

/** The first html block after the README's "With a script tag" heading. */
export async function readmeSnippet() {
  const readme = await readFile(README, 'utf8');
  const section = readme.slice(readme.indexOf('### With a script tag'));
  const snippet = section.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!snippet || !snippet.includes(SNIPPET_CDN) || !snippet.includes(SNIPPET_ENDPOINT)) {
    throw new Error(`The README's embed snippet no longer names ${SNIPPET_CDN} and ${SNIPPET_ENDPOINT}`);
  }
  return snippet;
}

/** Where the npm CDN serves the installed package: `/npm/@sparkpulse/widgets@0.1.0/`. */
export const NPM_CDN_PATH = '/npm/';

/** The installed package's name, version and folder. */
async function npmPackage() {
  const { root } = await installedPackage();
  const { name, version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return { name, version, root };
}

/** A file of the installed package, by its path after `/npm/<name>@<version>/`, as a CDN answers it. */
async function npmFile(ctx) {
  const { name, version, root } = await npmPackage();
  const prefix = `${NPM_CDN_PATH}${name}@${version}/`;
  const file = ctx.path.startsWith(prefix) ? ctx.path.slice(prefix.length) : '';
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (!file || file.split('/').some((part) => part === '' || part === '.' || part === '..')) return void (ctx.status = 404);
  try {
    ctx.body = await readFile(join(root, ...file.split('/')));
  } catch {
    return void (ctx.status = 404);
  }
  ctx.type = contentType(extname(file));
}

async function snippetPage(ctx) {
  const origin = `http://${CDN_HOST}:${ctx.request.host.split(':')[1]}`;
  let cdn = `${origin}/dist/`;
  if ('npm' in ctx.query) {
    const { name, version } = await npmPackage();
    cdn = `${origin}${NPM_CDN_PATH}${name}@${version}/dist/`;
  }
  const endpoint = ctx.query.endpoint ?? '/ep/ok~readme/';
  let snippet = (await readmeSnippet()).replace(SNIPPET_CDN, cdn).replace(SNIPPET_ENDPOINT, endpoint);
  if ('crossorigin' in ctx.query) snippet = snippet.replace('<script src=', '<script crossorigin src=');
  const base = 'base' in ctx.query ? '<base href="/test/somewhere/else/" />' : '';
  // The probe records errors and events; it comes from the page's own origin.
  const report = 'report' in ctx.query ? '<script src="/test/pages/report.js"></script>' : '';
  const head = `<meta charset="utf-8" />${base}<script src="/test/pages/probe.js"></script>${report}`;
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<!doctype html><html lang="en">${snippet.replace('<head>', `<head>${head}`)}</html>`;
}

export function secondOrigin() {
  return async (ctx, next) => {
    if (ctx.path === '/test/pages/readme-snippet.html') return snippetPage(ctx);
    if (ctx.path.startsWith(NPM_CDN_PATH)) return npmFile(ctx);
    await next();
    if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/ep/')) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
