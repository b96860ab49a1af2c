import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { endpoint, settled } from '../helpers.js';

/** What the widget's own styles decide: nothing of this shows without them. */
function styled(el: Element): string[] {
  const root = el.shadowRoot!.querySelector('.root')!;
  const heading = el.shadowRoot!.querySelector('h2');
  const view = el.ownerDocument.defaultView!;
  return [view.getComputedStyle(root).fontFamily, heading ? view.getComputedStyle(heading).lineHeight : ''];
}

describe('a widget moved into another document and back', () => {
  let frame: HTMLIFrameElement;
  beforeEach(async () => {
    frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = '<!doctype html><body></body>';
    document.body.append(frame);
    await loaded;
  });
  afterEach(() => frame.remove());

  async function loadedCompare() {
    const el = document.createElement('sp-compare');
    // A theme's own font shows that the styles apply: the host look would inherit the frame's.
    Object.assign(el, { a: 'kafka', b: 'linkerd', sections: 'glance', endpoint: endpoint('ok'), theme: 'light' });
    const event = settled(el);
    document.body.append(el);
    await event;
    return el;
  }

  it('keeps its styles inside an iframe', async () => {
    const el = await loadedCompare();
    const here = styled(el);
    expect(here).to.deep.equal(['system-ui, sans-serif', '24px']);
    frame.contentDocument!.body.append(el);
    expect(styled(el)).to.deep.equal(here);
    el.remove();
  });

  it('keeps its styles once back in its own document', async () => {
    const el = await loadedCompare();
    const here = styled(el);
    frame.contentDocument!.body.append(el);
    document.body.append(el);
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    expect(styled(el)).to.deep.equal(here);
    el.remove();
  });
});
