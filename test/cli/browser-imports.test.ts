import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// scripts/check-browser-imports.mjs, which the build runs: browser code must
// never import the command line's modules or Node's built-ins.

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const guard = (files?: Record<string, string>) =>
  executeServerCommand<Run, { files?: Record<string, string> }>('check-browser-imports', files ? { files } : {});

describe('the browser import guard', () => {
  it('passes on src/, whose browser code imports nothing Node-only', async () => {
    const run = await guard();
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
  });

  it('fails on a browser module that imports from src/cli/', async () => {
    const run = await guard({
      'cli/main.ts': 'export const main = () => 0;\n',
      'compare/sections.ts': "import { main } from '../cli/main.js';\nexport const x = main;\n",
    });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('compare/sections.ts imports "../cli/main.js", in cli/, which is Node-only');
  });

  it('fails on a browser module that imports a Node built-in, even dynamically', async () => {
    const run = await guard({ 'client/x.ts': "export const read = () => import('node:fs/promises');\n" });
    expect(run.code).to.equal(1);
    expect(run.stderr).to.include('client/x.ts imports the Node built-in "node:fs/promises"');
  });

  it('lets src/cli/ import Node built-ins and browser code', async () => {
    const run = await guard({
      'contract/index.ts': 'export const read = 1;\n',
      'cli/source.ts': "import { readFile } from 'node:fs/promises';\nimport { read } from '../contract/index.js';\nexport { readFile, read };\n",
    });
    expect(run.code).to.equal(0);
  });
});
