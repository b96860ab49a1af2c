// The test server as a CDN on a second origin. Chromium maps the host name
// cdn.localhost to 127.0.0.1 (see web-test-runner.config.mjs), so a page on
// 127.0.0.1:<port> that loads http://cdn.localhost:<port>/dist/sparkpulse.js
// loads it cross-origin, as a blogger's page loads it from a CDN.
//
// - /dist/ and the fake endpoint answer with `Access-Control-Allow-Origin: *`,
//   as the README asks of a CDN and an endpoint: chunks are module scripts,
//   which are always fetched with CORS. The loader and its chunks are served
//   as built, byte for byte, as a CDN serves them: the runner's own
//   transforms of JavaScript would break their integrity.
// - /test/pages/readme-snippet.html is the README's script-tag snippet,
//   exactly as written there, with only its two example hosts replaced: the
//   CDN by cdn.localhost and the endpoint by the fake one. ?crossorigin adds
//   that attribute to the script tag; ?base adds a <base href> elsewhere;
//   ?report posts the outcome to the parent window (test/pages/report.js);
//   ?npm takes the loader from the npm CDN below instead of /dist/. The
//   README's CDN may be a public npm CDN's URL of the package (any version
//   or range); an `integrity` in it is set to the built loader's.
// - /test/pages/cdn-page.html?build=<dist-…>[&csp] is a host page whose
//   loader comes from cdn.localhost/<build>/ (test/server/other-builds.mjs);
//   with ?csp, its Content-Security-Policy allows that loader's URL and
//   nothing else of cdn.localhost; with ?integrity, the script tag carries the
//   built loader's integrity (dist/integrity.json) and crossorigin="anonymous",
//   and with ?integrity=wrong another file's; ?lang=de makes it a German page.
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
const SNIPPET_CDN = /https:\/\/(your-cdn\.example\/sparkpulse|cdn\.jsdelivr\.net\/npm\/@sparkpulse\/widgets@[\w.^~-]+\/dist)\//;
const SNIPPET_ENDPOINT = 'https://data.example.com/sparkpulse/v1/';

/** The first html block after the README's "With a script tag" heading. */
export async function readmeSnippet() {
  const readme = await readFile(README, 'utf8');
  const section = readme.slice(readme.indexOf('### With a script tag'));
  const snippet = section.match(/```html\n([\s\S]*?)```/)?.[1];
  if (!snippet || !SNIPPET_CDN.test(snippet) || !snippet.includes(SNIPPET_ENDPOINT)) {
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
  if (/integrity="/.test(snippet)) {
    const { 'sparkpulse.js': integrity } = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
    snippet = snippet.replace(/integrity="[^"]*"/, `integrity="${integrity}"`);
  }
  if ('crossorigin' in ctx.query) snippet = snippet.replace('<script src=', '<script crossorigin src=');
  const base = 'base' in ctx.query ? '<base href="/test/somewhere/else/" />' : '';
  // The probe records errors and events; it comes from the page's own origin.
  const report = 'report' in ctx.query ? '<script src="/test/pages/report.js"></script>' : '';
  const head = `<meta charset="utf-8" />${base}<script src="/test/pages/probe.js"></script>${report}`;
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = `<!doctype html><html lang="en">${snippet.replace('<head>', `<head>${head}`)}</html>`;
}

const DIST = new URL('../../dist/', import.meta.url);

/** The loader or one of its chunks, as built. */
async function loaderFile(ctx) {
  const file = ctx.path.slice('/dist/'.length);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (file.split('/').some((part) => part === '' || part === '.' || part === '..')) return void (ctx.status = 404);
  try {
    ctx.body = await readFile(new URL(file, DIST));
  } catch {
    return void (ctx.status = 404);
  }
  ctx.type = contentType(extname(file));
}

/** A host page on this origin whose loader comes from the CDN origin, from the build `?build=`. */
async function cdnPage(ctx) {
  const build = String(ctx.query.build ?? 'dist');
  if (!/^dist(-[a-z]+)?$/.test(build)) return void (ctx.status = 404);
  const loader = `http://${CDN_HOST}:${ctx.request.host.split(':')[1]}/${build}/sparkpulse.js`;
  if ('csp' in ctx.query) ctx.set('Content-Security-Policy', `default-src 'self'; script-src 'self' ${loader}`);
  let integrity = '';
  if ('integrity' in ctx.query) {
    const { 'sparkpulse.js': built } = JSON.parse(await readFile(new URL('integrity.json', DIST), 'utf8'));
    const value = ctx.query.integrity === 'wrong' ? `sha384-${'A'.repeat(64)}` : built;
    integrity = ` integrity="${value}" crossorigin="anonymous"`;
  }
  ctx.type = 'text/html';
  ctx.set('Cache-Control', 'no-store');
  const lang = /^[a-z]{2}$/.test(String(ctx.query.lang)) ? ctx.query.lang : 'en';
  ctx.body = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8" /><title>Sparkpulse from ${build}</title>
<meta name="sparkpulse:endpoint" content="/ep/ok~cdn-page/" />
<script src="/test/pages/probe.js"></script><script src="${loader}"${integrity}></script></head>
<body><main>
<sp-compare id="compare" a="kafka" b="linkerd"><a href="https://sparkpulse.example/compare/kafka-vs-linkerd">Kafka vs Linkerd</a></sp-compare>
<sp-timeline id="timeline" products="kafka"><a href="https://sparkpulse.example/kafka">Kafka's activity</a></sp-timeline>
<p>Text <sp-velocity-badge id="badge" product="kafka">Apache Kafka</sp-velocity-badge> around a badge.</p>
</main></body></html>`;
}

const LOADER_FILE = /^\/dist\/(sparkpulse\.js|integrity\.json|cdn\/)/;

export function secondOrigin() {
  return async (ctx, next) => {
    if (ctx.path === '/test/pages/readme-snippet.html') return snippetPage(ctx);
    if (ctx.path === '/test/pages/cdn-page.html') return cdnPage(ctx);
    if (ctx.path.startsWith(NPM_CDN_PATH)) return npmFile(ctx);
    if (LOADER_FILE.test(ctx.path)) return loaderFile(ctx);
    await next();
    if (ctx.path.startsWith('/dist/') || ctx.path.startsWith('/ep/')) ctx.set('Access-Control-Allow-Origin', '*');
  };
}
