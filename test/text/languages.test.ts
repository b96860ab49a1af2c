/**
 * A language tag is data, read from the page: it is looked up as data, never
 * as an object key. `lang="constructor"` (or any other Object.prototype
 * name) is a language without a translation, so the widget reads in English.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { shippedFor } from '../../src/text/languages.js';
import { cli } from '../cli/commands.js';
import { endpoint, settled } from '../helpers.js';

/** Every name an object inherits, and the keys that reach its prototype. */
const PROTOTYPE_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype'];

describe('language tags are looked up as data', () => {
  it('finds no shipped translation for any Object.prototype name', () => {
    for (const name of PROTOTYPE_NAMES) expect(shippedFor(name), name).to.equal(undefined);
  });

  it('still finds the shipped translations and the tags they serve', () => {
    expect(['de-AT', 'zh-Hans', 'pt', 'ar'].map(shippedFor)).to.deep.equal(['de', 'zh-cn', 'pt-br', 'ar']);
  });

  for (const name of PROTOTYPE_NAMES) {
    it(`loads a badge in English under lang="${name}" on the element`, async () => {
      const el = Object.assign(document.createElement('sp-velocity-badge'), { product: 'kafka', endpoint: endpoint('ok') });
      el.setAttribute('lang', name);
      const event = settled(el);
      document.body.append(el);
      try {
        expect((await event).type).to.equal('sp-load');
        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
      } finally {
        el.remove();
      }
    });
  }

  it('loads a comparison in English under <html lang="constructor">', async () => {
    const before = document.documentElement.getAttribute('lang');
    document.documentElement.setAttribute('lang', 'constructor');
    const el = Object.assign(document.createElement('sp-compare'), { a: 'kafka', b: 'linkerd', endpoint: endpoint('ok') });
    const event = settled(el);
    document.body.append(el);
    try {
      expect((await event).type).to.equal('sp-load');
      expect(el.shadowRoot!.textContent).to.include('What is');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
      if (before === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', before);
    }
  });

  it('renders on the server in English with lang=constructor, and lang=__proto__', async function () {
    this.timeout(30_000);
    for (const lang of ['constructor', '__proto__', 'hasOwnProperty']) {
      const run = (await cli('render', 'sp-compare', 'a=kafka', 'b=linkerd', `lang=${lang}`, '--endpoint', 'demo/endpoint'))!;
      expect(run.stderr, lang).to.equal('');
      expect(run.code, lang).to.equal(0);
      expect(run.stdout, lang).to.include('lang="en"');
    }
  });
});
