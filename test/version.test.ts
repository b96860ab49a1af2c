/**
 * The library's version, which a second copy on a page compares before it
 * defines the same elements and which `sparkpulse --version` prints, is the
 * package's: `npm version` changes package.json, and the release checklist
 * (docs/releasing.md) has src/version.ts follow it.
 */
import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

describe('the version', () => {
  it('is the one package.json gives the package', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(version);
  });

  it('has a heading of its own in the changelog once released, or is the one the changelog says is next', async () => {
    const changelog = await (await fetch('/CHANGELOG.md')).text();
    expect(changelog).to.match(/^## Unreleased$/m);
    expect(changelog).to.include(`## ${VERSION}`);
  });
});
