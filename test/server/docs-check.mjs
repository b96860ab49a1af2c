// A test-runner command that runs scripts/check-docs.mjs, in Node:
//
//   docs-check  { append? } → { code, stdout, stderr }: on the repository's
//               own Markdown, or on a copy of it in a temporary folder with
//               `append` ({ 'docs/elements.md': text }) added at the end of
//               those pages, so a test can break a link and see it reported.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../../scripts/run-node.mjs';

const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
/** Below the test runner's 20 s limit for a command; the check takes about 5 s on a quiet machine. */
const RUN_TIMEOUT_MS = 18_000;
const PAGES = ['README.md', 'CHANGELOG.md', 'THIRD-PARTY-NOTICES.md', 'LICENSE', 'docs'];

export function docsCheckPlugin() {
  return {
    name: 'docs-check',
    async executeCommand({ command, payload = {} }) {
      if (command !== 'docs-check') return undefined;
      const script = join(ROOT, 'scripts', 'check-docs.mjs');
      if (!payload.append) return runNode([script], { cwd: ROOT, timeoutMs: RUN_TIMEOUT_MS });
      const copy = await mkdtemp(join(tmpdir(), 'sparkpulse-docs-'));
      try {
        for (const name of PAGES) await cp(join(ROOT, name), join(copy, name), { recursive: true });
        for (const [page, text] of Object.entries(payload.append)) {
          if (!/^(docs\/)?[\w-]+\.md$/.test(page)) throw new Error(`docs-check: ${page} is not a page`);
          await writeFile(join(copy, page), `${await readFile(join(copy, page), 'utf8')}\n${text}`);
        }
        return await runNode([script, '--root', copy], { cwd: ROOT, timeoutMs: RUN_TIMEOUT_MS });
      } finally {
        await rm(copy, { recursive: true, force: true });
      }
    },
  };
}
