/**
 * The documentation a reader follows (README.md, the pages in docs/): every
 * relative link and anchor leads somewhere, and every code block names
 * attributes, exports, commands and scripts that exist
 * (scripts/check-docs.mjs, run in Node by test/server/docs-check.mjs).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Run } from './cli/commands.js';

const check = (append?: Record<string, string>) => executeServerCommand<Run, { append?: Record<string, string> }>('docs-check', append ? { append } : {});

describe('the documentation', function () {
  this.timeout(40_000);

  it('has no broken link or anchor, and names only attributes, exports, commands and scripts that exist', async () => {
    const run = (await check())!;
    expect(run.stderr).to.equal('');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.match(/^check-docs: \d+ pages: /);
  });

  it('reports a link to a missing page, an unknown anchor, an unknown attribute, export, command, option and script', async () => {
    const run = (await check({
      'docs/elements.md': [
        'See [nowhere](missing.md), [a heading that is not there](frameworks.md#no-such-heading) and [this page](#nope).',
        '',
        '```html',
        '<sp-compare a="kafka" b="linkerd" colour="red"></sp-compare>',
        '<acme-timeline products="kafka" limitt="3"></acme-timeline>',
        '```',
        '',
        '```js',
        "import { SpCompare, NotAThing } from '@sparkpulse/widgets/classes.js';",
        "import '@sparkpulse/widgets/nope.js';",
        '```',
        '',
        '```sh',
        'npx sparkpulse validate demo/endpoint --jsno',
        'npx sparkpulse frobnicate x',
        'npm run nosuch',
        '```',
      ].join('\n'),
    }))!;
    expect(run.code).to.equal(1);
    for (const problem of [
      'missing.md links to docs/missing.md, which does not exist',
      'frameworks.md#no-such-heading: docs/frameworks.md has no heading whose anchor is #no-such-heading',
      '#nope: docs/elements.md has no heading whose anchor is #nope',
      '<sp-compare> has no attribute "colour"',
      '<acme-timeline> has no attribute "limitt"',
      '@sparkpulse/widgets/classes.js does not export NotAThing',
      '@sparkpulse/widgets/nope.js is not a path the package exports',
      'sparkpulse validate has no option --jsno',
      'sparkpulse frobnicate is not a command',
      'npm run nosuch: package.json has no such script',
    ]) {
      expect(run.stderr).to.include(problem);
    }
    // The good parts of the same pages are not reported.
    expect(run.stderr.match(/^- /gm)).to.have.length(10);
  });
});
