import { expect, html } from '@open-wc/testing';
import '../../src/badge/define.js';
import { SpVelocityBadge } from '../../src/badge/sp-velocity-badge.js';
import { captureWarnings, endpoint, mountAll } from '../helpers.js';

describe('a template that throws', () => {
  it('shows the error state and fires sp-error, not sp-load', async () => {
    // The template is protected; the test reaches it the way a subclass could.
    const proto = SpVelocityBadge.prototype as unknown as { renderLoaded: () => unknown };
    const original = proto.renderLoaded;
    proto.renderLoaded = () => {
      throw new Error('broken template');
    };
    try {
      let events: Event[] = [];
      let container: HTMLElement | undefined;
      const warnings = await captureWarnings(async () => {
        ({ container, events } = await mountAll(html`<sp-velocity-badge product="kafka" endpoint=${endpoint('ok')}></sp-velocity-badge>`));
      });
      const badge = container!.firstElementChild!;
      expect(events.map((e) => e.type)).to.deep.equal(['sp-error']);
      expect(badge.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(warnings.some((w) => w.startsWith('[sparkpulse] could not render:'))).to.equal(true);
      container!.remove();
    } finally {
      proto.renderLoaded = original;
    }
  });
});
