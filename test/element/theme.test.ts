import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/badge/define.js';
import type { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { endpoint, mountAll, settled } from '../helpers.js';

const nameBackground = (el: SpVelocityBadge) =>
  getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!).backgroundColor;

describe('the theme attribute', () => {
  after(() => emulateMedia({ colorScheme: 'light' }));

  it('defaults to the host page’s look, inherit: no background and the page’s text colour, whatever the colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const { container } = await mountAll(html`<div style="color: rgb(200, 100, 50)">
      <sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
    </div>`);
    const el = container.querySelector('sp-velocity-badge')!;
    expect(el.theme).to.equal('inherit');
    expect(nameBackground(el)).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!).color).to.equal('rgb(200, 100, 50)');
    container.remove();
  });

  it('gives theme="light" its own white card, whatever the colour scheme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await fixture<SpVelocityBadge>(html`<sp-velocity-badge theme="light" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`);
    await settled(el);
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

  for (const theme of [undefined, 'light', 'dark', 'auto']) {
    it(`lets the host page restyle the widget through --sp-* custom properties${theme ? `, with theme="${theme}"` : ', in the host look'}`, async () => {
      const el = await fixture<SpVelocityBadge>(
        html`<sp-velocity-badge theme=${theme ?? nothing} style="--sp-color-bg: rgb(1, 2, 3); --sp-color-text: rgb(4, 5, 6)" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`,
      );
      await settled(el);
      expect(nameBackground(el)).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="name"]')!).color).to.equal('rgb(4, 5, 6)');
    });
  }

  it('takes only the host page’s text colour and font family, weight and style in the host look, even set on the element itself', async () => {
    const { container } = await mountAll(html`<div>
      <sp-velocity-badge
        style="font: italic 300 30px/5 Georgia, serif; color: rgb(200, 0, 200); letter-spacing: 3px; word-spacing: 10px; text-transform: uppercase; white-space: pre"
        product="kafka"
        endpoint=${endpoint('ok')}
      ></sp-velocity-badge>
    </div>`);
    const name = getComputedStyle(container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[part="name"]')!);
    expect([name.color, name.fontFamily, name.fontWeight, name.fontStyle]).to.deep.equal(['rgb(200, 0, 200)', 'Georgia, serif', '300', 'italic']);
    expect([name.fontSize, name.lineHeight, name.letterSpacing, name.wordSpacing, name.textTransform, name.whiteSpace]).to.deep.equal([
      '14px',
      '17.5px',
      'normal',
      '0px',
      'none',
      'nowrap',
    ]);
    container.remove();
  });

  for (const theme of ['light', 'dark', 'auto']) {
    it(`keeps its own font and size whatever the host page’s are, with theme="${theme}"`, async () => {
      const { container } = await mountAll(html`<div style="font: italic 300 20px monospace">
        <sp-velocity-badge theme=${theme} product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
      </div>`);
      const name = getComputedStyle(container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[part="name"]')!);
      expect([name.fontFamily, name.fontWeight, name.fontStyle, name.fontSize]).to.deep.equal(['system-ui, sans-serif', '400', 'normal', '14px']);
      container.remove();
    });
  }

  for (const theme of [undefined, 'dark']) {
    it(`takes the font the host page names in --sp-font${theme ? ` with theme="${theme}"` : ' in the host look'}`, async () => {
      const { container } = await mountAll(html`<div style="--sp-font: monospace; font-family: Georgia">
        <sp-velocity-badge theme=${theme ?? nothing} product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
      </div>`);
      const name = container.querySelector('sp-velocity-badge')!.shadowRoot!.querySelector('[part="name"]')!;
      expect(getComputedStyle(name).fontFamily).to.equal('monospace');
      container.remove();
    });
  }

  it('takes the host page’s colour scheme in the host look, for the browser’s own controls', async () => {
    const { container } = await mountAll(html`<div style="color-scheme: dark">
      <sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
      <sp-velocity-badge theme="light" product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>
    </div>`);
    const [host, light] = [...container.querySelectorAll('sp-velocity-badge')].map((el) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).colorScheme);
    expect([host, light]).to.deep.equal(['dark', 'light']);
    container.remove();
  });
});
