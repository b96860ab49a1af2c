import { expect, waitUntil } from '@open-wc/testing';

/**
 * The page's first Intl object costs the browser's ICU set-up, 70 ms or more
 * on a slow phone. No module of the library may make one while it loads: a
 * widget makes its formats later, each in a task of its own.
 */
describe('loading the library', () => {
  it('makes no Intl object while its modules load and register the elements', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module">
      window.made = [];
      for (const name of ['RelativeTimeFormat', 'DateTimeFormat', 'ListFormat', 'NumberFormat', 'PluralRules', 'Segmenter', 'Collator', 'Locale', 'DisplayNames']) {
        const Real = Intl[name];
        Intl[name] = function (...args) { window.made.push(name); return new Real(...args); };
      }
      await import('${location.origin}/src/index.ts');
      await import('${location.origin}/src/contract/index.ts');
      window.done = true;
    </script>`;
    document.body.append(frame);
    const win = frame.contentWindow as Window & { made?: string[]; done?: boolean };
    await waitUntil(() => win.done, 'the modules loaded', { timeout: 10_000 });
    expect(win.made).to.deep.equal([]);
    expect(win.customElements.get('sp-compare')).to.exist;
    frame.remove();
  });
});
