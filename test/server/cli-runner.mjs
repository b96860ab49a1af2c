// Test-runner commands that let browser tests drive the `sparkpulse` command
// in Node, on endpoints in temporary folders or behind a local http server.
//
//   run-cli          { args }  → { code, signal, stdout, stderr }
//   cli-endpoint     { files?, answers?, generate? }  → { dir, url }
//   cli-unreachable  → { url }: a port nothing listens on
//   cli-folder       → { dir }: a path in the temporary folder where nothing is yet
//   cli-files        { dir }  → { 'badges/kafka.svg': text, … }: every file
//                    under `dir`, which must be in the temporary folder
//   cli-write        { dir, files }  → { dir }: writes `files` under `dir`
//                    ({ 'victim.txt': text }), a folder in the temporary folder
//   cli-copy         { from, files? }  → { dir }: a new folder holding a copy
//                    of `from` (a folder in the temporary folder, e.g. an
//                    endpoint a test published once), with `files` changed as
//                    cli-endpoint changes them
//   cli-link         { path, target }  → { path }: makes `path` a symbolic link
//                    to `target` (absolute, or relative to the link's folder),
//                    replacing what was there; both must be in the temporary folder
//   cli-mtimes       { dir }  → { 'badges/kafka.svg': mtimeMs, … } of every
//                    file under `dir`, which must be in the temporary folder
//   cli-list         { dir }  → { files: ['activity/kafka/1.json', …] }: the
//                    path of every file under `dir`, sorted, without their
//                    contents (for a published endpoint too large for
//                    cli-files); files is null when there is no `dir`, which
//                    must be in the temporary folder
//   safe-files       { fn, root, path?, content?, files?, calls? }  → { result }
//                    or { error: { name, message, path, code, written } }:
//                    calls src/node/safe-files.ts's writeInside, checkInside,
//                    writeAllInside or eachFileInside (on the folder `path`,
//                    giving the paths visited), as built with the command, on
//                    a root in the temporary folder; with fn 'OutputFolder',
//                    makes one and runs `calls` on it in turn ([{ method:
//                    'write' | 'remove' | 'removeFolderIfEmpty', path,
//                    content? }]), giving each result
//   check-browser-imports  { files? }  → { code, signal, stdout, stderr } of
//                    scripts/check-browser-imports.mjs, on src/ or on a source
//                    tree of `files` ({ 'compare/x.ts': text })
//   render-widget    { tag, attributes, options }  → { html } or { error: { name,
//                    message, typeError, usage } }: renderWidget() of
//                    `@sparkpulse/widgets/ssr`, called in a Node child
//
// cli-endpoint with nothing gives the sample itself (demo/endpoint). With
// `files` ({ 'products/kafka.json': text, or null to remove it }) and
// `answers`, a copy of the sample with those changes; with `generate`
// ({ products, items }), a generated endpoint instead of the sample.
//
// The command is built from src/ into .cache/cli/ (scripts/build-cli.mjs),
// once per change of the sources, never from dist/.
import { createReadStream } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cliBin, ROOT } from '../../scripts/build-cli.mjs';
import { runNode } from '../../scripts/run-node.mjs';
import { writeManyProducts } from '../fixtures/many-products.mjs';

/** Below the test runner's 20 s limit for a command, so a hang fails with its own message. */
const RUN_TIMEOUT_MS = 15_000;
const OUTPUT_CAP = 4 * 1024 * 1024;
const SAMPLE_DIR = join(ROOT, 'demo', 'endpoint');
/** What `sparkpulse badges` writes into the sample (npm start does): not the sample, so never copied with it. */
const GENERATED_IN_SAMPLE = ['badges', 'shields'].map((folder) => join(SAMPLE_DIR, folder));
const MOST_GENERATED = 1_000;
/** What cli-files sends back at most: a test reads a few endpoints' output, not a large one. */
const MOST_READ_BYTES = 16 * 1024 * 1024;

const GUARD = join(ROOT, 'scripts', 'check-browser-imports.mjs');

async function run(script, args) {
  // No terminal and no colours: what a CI job sees.
  const env = { ...process.env, SPARKPULSE_DEBUG: '' };
  const { code, signal, stdout, stderr } = await runNode([script, ...args], { cwd: ROOT, env, timeoutMs: RUN_TIMEOUT_MS, outputCap: OUTPUT_CAP });
  return { code, signal, stdout, stderr };
}

/**
 * Serves endpoints to the command: `/sample/…` is demo/endpoint, `/e/<n>/…`
 * the n-th folder cli-endpoint made. `answers` of that folder turn a
 * document into an HTTP status, or into a request left hanging.
 */
function endpointServer(endpoints) {
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/(?:sample|e\/(\d+))\/(.*)$/.exec(url.pathname);
    const endpoint = match && (match[1] === undefined ? { dir: SAMPLE_DIR, answers: {} } : endpoints[Number(match[1])]);
    const document = match ? decodeURIComponent(match[2]) : '';
    const answer = endpoint?.answers[document];
    if (answer === 'hang') return;
    if (await failingAnswer(answer, req, res)) return;
    if (typeof answer === 'number') {
      res.writeHead(answer, { 'content-type': 'text/plain' }).end(`answered ${answer}`);
      return;
    }
    const path = endpoint && normalize(join(endpoint.dir, document));
    const inside = path && path.startsWith(endpoint.dir + sep);
    const info = inside ? await stat(path).catch(() => undefined) : undefined;
    if (!info?.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': info.size });
    createReadStream(path).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listening = new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
  return {
    origin: listening,
    close: () =>
      new Promise((resolve) => {
        // Hanging requests hold their sockets open; close would wait for them.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

// ---- Servers that fail the way real ones do: more `answers` for cli-endpoint.
//   'slow'           headers at once, then a byte a second, never the whole body
//   'huge'           declares a 5 GB body (Content-Length) and starts sending it
//   'endless'        a body with no declared length that never ends
//   'gzip-bomb'      Content-Encoding: gzip, 32 KB that inflate to 32 MB
//   'redirect-loop'  302 to itself, for ever
//   'html'           200 with an HTML page, as a CDN's error or login page

const BOMB_BYTES = 32 * 1024 * 1024;
let bomb;

/** Answers `answer` when it is one of the kinds above; false when it is not. */
async function failingAnswer(answer, req, res) {
  switch (answer) {
    case 'slow': {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 1_000 });
      res.write('{');
      const timer = setInterval(() => res.write(' '), 1_000);
      res.on('close', () => clearInterval(timer));
      return true;
    }
    case 'huge':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': 5 * 1024 ** 3 });
      res.write(`[${' '.repeat(64 * 1024)}`);
      return true;
    case 'endless': {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      // At most 64 MB, whatever the client does, so a test cannot fill the machine.
      const more = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
      return true;
    }
    case 'gzip-bomb': {
      bomb ??= gzipSync(Buffer.alloc(BOMB_BYTES, 0x20), { level: 9 });
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': bomb.length });
      res.end(bomb);
      return true;
    }
    case 'redirect-loop':
      res.writeHead(302, { location: req.url }).end();
      return true;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title><p>Please sign in.</p>');
      return true;
    default:
      return false;
  }
}

// ---- renderWidget() as a program calls it, in a Node child of its own.
const RENDER_WIDGET = join(ROOT, 'test', 'server', 'render-widget.mjs');

async function renderWidgetInNode(payload) {
  // The command's build holds ssr/render.js, the module `@sparkpulse/widgets/ssr` exports.
  const render = join(dirname(await cliBin()), '..', 'dist', 'ssr', 'render.js');
  const { code, signal, stdout, stderr } = await run(RENDER_WIDGET, [render, JSON.stringify(payload)]);
  if (code !== 0) throw new Error(`render-widget exited ${code ?? signal}: ${stderr}`);
  return { ...JSON.parse(stdout), stderr };
}

/** A port that was just free: a request to it is refused. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Writes `files` ({ 'products/kafka.json': text }, or null to remove one) under `dir`, and nowhere else. */
async function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) {
    const path = normalize(join(dir, name));
    if (!path.startsWith(dir + sep)) throw new Error(`${name} is outside ${dir}`);
    if (text === null) {
      await rm(path, { force: true });
    } else {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text);
    }
  }
}

async function writeEndpoint(dir, { files = {}, generate }) {
  if (generate) {
    if (!(generate.products <= MOST_GENERATED)) throw new Error(`cli-endpoint generates at most ${MOST_GENERATED} products`);
    await writeManyProducts(dir, generate);
  } else {
    await cp(SAMPLE_DIR, dir, {
      recursive: true,
      filter: (path) => !GENERATED_IN_SAMPLE.some((folder) => path === folder || path.startsWith(folder + sep)),
    });
  }
  await writeFiles(dir, files);
}

/** Every file under `dir`, by its path relative to it with `/` between folders. */
async function readFiles(dir) {
  const files = {};
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const data = await readFile(path);
    bytes += data.byteLength;
    if (bytes > MOST_READ_BYTES) throw new Error(`cli-files reads at most ${MOST_READ_BYTES} bytes; ${dir} holds more`);
    files[relative(dir, path).split(sep).join('/')] = data.toString('utf8');
  }
  return files;
}

/** src/node/safe-files.ts as the command was built with it. */
async function safeFiles() {
  const dist = join(dirname(dirname(await cliBin())), 'dist');
  return import(pathToFileURL(join(dist, 'node', 'safe-files.js')).href);
}

async function callSafeFiles(root, { fn, path, content, files, calls }) {
  const module = await safeFiles();
  try {
    if (fn === 'writeInside') return { result: await module.writeInside(root, path, content) };
    if (fn === 'checkInside') return { result: (await module.checkInside(root, path)) ?? null };
    if (fn === 'writeAllInside') return { result: await module.writeAllInside(root, files) };
    if (fn === 'eachFileInside') {
      const visited = [];
      module.eachFileInside(root, path, (file) => visited.push(file));
      return { result: visited };
    }
    if (fn === 'OutputFolder') {
      const folder = new module.OutputFolder(root);
      return { result: calls.map(({ method, path: at, content: text }) => folder[method](at, text)) };
    }
    throw new Error(`safe-files has no function ${fn}`);
  } catch (error) {
    const { name, message, path: at, code, written } = error;
    return { error: { name, message, path: at ?? null, code: code ?? null, written: written ?? null } };
  }
}

/** Every regular file under `dir` (links are not followed), with its modification time in ms. */
async function modificationTimes(dir) {
  const times = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    times[relative(dir, path).split(sep).join('/')] = (await stat(path)).mtimeMs;
  }
  return times;
}

/**
 * Copies the folder `from` into `dir` (which exists, empty), links as links.
 * A published sample is over 4,000 files: fs.cp takes about 1.5 s over them,
 * cp -a a tenth of that, and the validate tests copy it once a test.
 */
async function copyFolder(from, dir) {
  if (process.platform === 'win32') return cp(from, dir, { recursive: true, verbatimSymlinks: true });
  await new Promise((done, fail) =>
    execFile('cp', ['-a', `${from}/.`, dir], { timeout: 15_000 }, (error) => (error ? fail(error) : done())),
  );
}

export function cliRunnerPlugin() {
  const endpoints = [];
  let server;
  let temp;
  const origin = () => (server ??= endpointServer(endpoints)).origin;
  let made = 0;
  const folder = async () => {
    temp ??= mkdtemp(join(tmpdir(), 'sparkpulse-cli-'));
    return join(await temp, `${made++}`);
  };
  /** `path`, normalized, when it is below the runner's temporary folder; a test must not touch the machine through it. */
  const ownPath = async (path, command) => {
    const normal = normalize(String(path ?? ''));
    if (!temp || !normal.startsWith((await temp) + sep)) throw new Error(`${command} touches only folders the runner made, not ${normal}`);
    return normal;
  };

  return {
    name: 'sparkpulse-cli-runner',
    async executeCommand({ command, payload = {} }) {
      switch (command) {
        case 'run-cli':
          return run(await cliBin(), payload.args ?? []);
        case 'cli-endpoint': {
          if (!payload.files && !payload.generate && !payload.answers) {
            return { dir: SAMPLE_DIR, url: `${await origin()}/sample/` };
          }
          const n = endpoints.length;
          const dir = await folder();
          endpoints.push({ dir, answers: payload.answers ?? {} });
          await writeEndpoint(dir, payload);
          return { dir, url: `${await origin()}/e/${n}/` };
        }
        case 'cli-unreachable':
          return { url: `http://127.0.0.1:${await freePort()}/v1/` };
        case 'cli-folder':
          return { dir: await folder() };
        case 'cli-files':
          return readFiles(await ownPath(payload.dir, command));
        case 'cli-write': {
          const dir = await ownPath(payload.dir, command);
          await mkdir(dir, { recursive: true });
          await writeFiles(dir, payload.files ?? {});
          return { dir };
        }
        case 'cli-copy': {
          const from = await ownPath(payload.from, command);
          const dir = await folder();
          await copyFolder(from, dir);
          await writeFiles(dir, payload.files ?? {});
          return { dir };
        }
        case 'cli-link': {
          const path = await ownPath(payload.path, command);
          // Checked where the link will point, so no test can make one out of the temporary folder.
          await ownPath(resolve(dirname(path), String(payload.target ?? '')), command);
          await rm(path, { recursive: true, force: true });
          await mkdir(dirname(path), { recursive: true });
          await symlink(String(payload.target), path);
          return { path };
        }
        case 'cli-mtimes':
          return modificationTimes(await ownPath(payload.dir, command));
        case 'cli-list': {
          const dir = await ownPath(payload.dir, command);
          if (!(await stat(dir).catch(() => undefined))) return { files: null };
          return { files: Object.keys(await modificationTimes(dir)).sort() };
        }
        case 'safe-files':
          return callSafeFiles(await ownPath(payload.root, command), payload);
        case 'render-widget':
          return renderWidgetInNode(payload);
        case 'check-browser-imports': {
          if (!payload.files) return run(GUARD, []);
          const dir = await folder();
          await mkdir(dir, { recursive: true });
          await writeFiles(dir, payload.files);
          return run(GUARD, ['--src', dir]);
        }
        default:
          return undefined;
      }
    },
    async serverStop() {
      await server?.close();
      if (temp) await rm(await temp, { recursive: true, force: true });
    },
  };
}
