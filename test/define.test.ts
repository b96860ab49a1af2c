import { expect } from '@open-wc/testing';
import { define } from '../src/define.js';
import { captureWarnings } from './helpers.js';

describe('define', () => {
  it('registers an element under a free name', () => {
    class Free extends HTMLElement {}
    define('sp-test-free', Free);
    expect(customElements.get('sp-test-free')).to.equal(Free);
  });

  it('says nothing about servers in a page, where the elements show', async () => {
    class InAPage extends HTMLElement {}
    expect(await captureWarnings(async () => define('sp-test-in-a-page', InAPage))).to.deep.equal([]);
    expect(customElements.get('sp-test-in-a-page')).to.equal(InAPage);
  });

  it('keeps the first definition and warns when another library took the name', async () => {
    class TheirTimeline extends HTMLElement {}
    customElements.define('sp-test-taken', TheirTimeline);
    class OurTimeline extends HTMLElement {}
    const warnings = await captureWarnings(async () => define('sp-test-taken', OurTimeline));
    expect(customElements.get('sp-test-taken')).to.equal(TheirTimeline);
    expect(warnings).to.deep.equal(['[sparkpulse] <sp-test-taken> is taken by another script; keeping it. Use a prefix to rename ours.']);
  });

  it('stays quiet when the same class is registered again', async () => {
    class Same extends HTMLElement {}
    define('sp-test-same', Same);
    expect(await captureWarnings(async () => define('sp-test-same', Same))).to.deep.equal([]);
  });

  it('warns instead of throwing for a name the platform refuses', async () => {
    class Bad extends HTMLElement {}
    const warnings = await captureWarnings(async () => define('NotAValidName', Bad));
    expect(warnings[0]).to.contain('[sparkpulse] could not define <NotAValidName>');
  });

  it('leaves a timeline another library registered first in place when ours loads', async () => {
    class OtherLibraryTimeline extends HTMLElement {}
    customElements.define('sp-timeline', OtherLibraryTimeline);
    const warnings = await captureWarnings(() => import('../src/timeline/define.js'));
    expect(customElements.get('sp-timeline')).to.equal(OtherLibraryTimeline);
    expect(warnings).to.have.length(1);
  });
});
