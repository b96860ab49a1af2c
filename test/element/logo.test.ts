import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/compare/define.js';
import type { SpCompare } from '../../src/compare/sp-compare.js';
import { sharedClient } from '../../src/client/client.js';
import { absolute, endpoint, hits, pathsWithCookies, settled, textOf } from '../helpers.js';

/** Where the fake endpoint's second origin listens: same site and cookies as this page, another port. */
async function otherOrigin(ep: string): Promise<string> {
  return ((await (await fetch(`${ep}origin`)).json()) as { origin: string }).origin;
}

/** A comparison's editorial section, with Kafka's logo at `logo`. */
async function compareWithKafkaLogo(logo: string): Promise<SpCompare> {
  const ep = absolute(endpoint('ok'));
  const kafka = await (await fetch('/demo/endpoint/products/kafka.json')).json();
  sharedClient().prime(`${ep}products/kafka.json`, { ...kafka, logo });
  const el = await fixture<SpCompare>(html`<sp-compare a="kafka" b="linkerd" sections="editorial" endpoint=${ep}></sp-compare>`);
  await settled(el);
  // A lazy image may never start loading in a test page the browser keeps in the background.
  el.shadowRoot!.querySelector('img')?.setAttribute('loading', 'eager');
  return el;
}

const kafkaLogo = (el: SpCompare) => el.shadowRoot!.querySelector('.card .logo')!;

describe('logos', () => {
  const COOKIE = 'sp-logo-test';
  beforeEach(() => (document.cookie = `${COOKIE}=1; path=/`));
  afterEach(() => (document.cookie = `${COOKIE}=; path=/; max-age=0`));

  it('requests a logo from another origin without the host page’s cookies', async () => {
    const ep = endpoint('otherorigin');
    const origin = await otherOrigin(ep);
    const logoPath = `${ep}kafka.svg`;
    const controlPath = `${ep}control.svg`;
    // The same request from a plain <img> carries the cookie, so this test can fail.
    const control = Object.assign(new Image(), { src: `${origin}${controlPath}` });
    await compareWithKafkaLogo(`${origin}${logoPath}`);
    await waitUntil(async () => (await hits(ep))[logoPath] === 1 && (await hits(ep))[controlPath] === 1, 'the logos were not requested', { timeout: 3000 });
    expect(control.src).to.contain(controlPath);
    const withCookies = await pathsWithCookies(ep);
    expect(withCookies).to.include(controlPath);
    expect(withCookies).not.to.include(logoPath);
  });

  it('shows the initials in place of a logo whose server does not allow CORS', async () => {
    const origin = await otherOrigin(endpoint('otherorigin'));
    const el = await compareWithKafkaLogo(`${origin}${endpoint('ok')}kafka.svg`);
    await waitUntil(() => kafkaLogo(el).classList.contains('logo--initials'), 'the logo was not replaced', { timeout: 3000 });
    expect(textOf(kafkaLogo(el))).to.equal('AK');
  });

  it('still shows a logo from the page’s own origin', async () => {
    const el = await compareWithKafkaLogo(absolute('/test/fixtures/logo.svg'));
    const img = el.shadowRoot!.querySelector('img')!;
    await waitUntil(() => img.complete, 'the logo did not load', { timeout: 3000 });
    expect(img.naturalWidth).to.be.greaterThan(0);
    expect(kafkaLogo(el).localName).to.equal('img');
  });
});
