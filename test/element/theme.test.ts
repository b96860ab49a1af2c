import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/badge/define.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { endpoint, mountAll, settled } from '../helpers.js';

const nameBackground = (el: SpVelocityBadge) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!).backgroundColor;

describe('the theme attribute', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('defaults to light, whatever the colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`);
    await settled(el);
    expect(el.theme).to.equal('light');
    expect(nameBackground(el)).to.equal('rgb(255, 255, 255)');
  });

  it('follows prefers-color-scheme with theme="auto"', async () => {
    const el = await fixture<SpVelocityBadge>(
      html`<sp-velocity-badge theme="auto" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`,
    );
    await settled(el);
    await emulateMedia({ colorScheme: 'dark' });
    expect(nameBackground(el)).to.equal('rgb(13, 17, 23)');
    await expect(el).to.be.accessible();
    await emulateMedia({ colorScheme: 'light' });
    expect(nameBackground(el)).to.equal('rgb(255, 255, 255)');
  });

  it('lets the host page restyle the widget through --sp-* custom properties', async () => {
    const el = await fixture<SpVelocityBadge>(
      html`<sp-velocity-badge style="--sp-color-bg: rgb(1, 2, 3)" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`,
    );
    await settled(el);
    expect(nameBackground(el)).to.equal('rgb(1, 2, 3)');
  });

  it("keeps its own font and size whatever the host page's are", async () => {
    const { container } = await mountAll(html`<div style="font-family: monospace; font-size: 20px">
      <sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
    </div>`);
    const name = container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[part="name"]')!;
    expect(getComputedStyle(name).fontFamily).to.not.contain('monospace');
    expect(getComputedStyle(name).fontSize).to.equal('14px');
    container.remove();
  });

  it('takes the font the host page names in --sp-font', async () => {
    const { container } = await mountAll(html`<div style="--sp-font: monospace">
      <sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
    </div>`);
    const name = container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[part="name"]')!;
    expect(getComputedStyle(name).fontFamily).to.equal('monospace');
    container.remove();
  });
});
