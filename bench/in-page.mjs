// Functions that run inside the page (page.evaluate, evaluateOnNewDocument).
// Puppeteer sends their source, so they may use nothing from this module's scope.

/**
 * Installed before any page script: sums layout shifts (CLS, without shifts
 * right after input) and remembers which widgets fired sp-load or sp-error.
 */
export function installProbe() {
  const probe = { cls: 0, settled: new Set(), errors: [] };
  const add = (entries) => {
    for (const entry of entries) if (!entry.hadRecentInput) probe.cls += entry.value;
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  probe.takeRecords = () => add(observer.takeRecords());
  const settle = (event) => {
    const widget = event.composedPath()[0];
    probe.settled.add(widget);
    if (event.type === 'sp-error') probe.errors.push(`<${widget.localName}>: ${event.error?.message ?? 'no message'}`);
  };
  addEventListener('sp-load', settle, true);
  addEventListener('sp-error', settle, true);
  window.__sparkpulseBench = probe;
}

/** Every `sp-*` element in the document, as `<tag attr="…">` strings, that has not fired sp-load or sp-error. */
export function unsettledWidgets() {
  const probe = window.__sparkpulseBench;
  return [...document.querySelectorAll('*')]
    .filter((el) => el.localName.startsWith('sp-') && !probe.settled.has(el))
    .map((el) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`);
}

/**
 * Scrolls down the page a viewport at a time, then back to the top, so lazy
 * widgets come near the screen and load, as they would for a reader. A scroll
 * is not a layout shift.
 */
export async function scrollThrough() {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
    scrollTo(0, y);
    await pause();
  }
  scrollTo(0, 0);
  await pause();
}

/** After the widgets settled: let two frames render, then read the final CLS and any sp-error. */
export async function finishPage() {
  const probe = window.__sparkpulseBench;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  probe.takeRecords();
  return { cls: probe.cls, errors: probe.errors, widgets: probe.settled.size };
}

/**
 * Times a widget against its static-HTML equivalent, data already in memory.
 * One widget is mounted first so the shared client holds its documents; its
 * shadow root, with its styles, becomes the declarative-shadow-DOM string.
 * Then fresh widgets and `setHTMLUnsafe(string)` alternate, each timed up to a
 * forced layout. A widget run counts everything from insertion to sp-load.
 */
export async function timeWidgetAgainstStatic({ tag, attributes, runs, timeoutMs }) {
  const stage = document.getElementById('stage');
  const label = `<${tag}${Object.entries(attributes).map(([name, value]) => ` ${name}="${value}"`).join('')}>`;
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  function mount(box) {
    const widget = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
    let timer;
    const loaded = new Promise((resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${label} fired neither sp-load nor sp-error within ${timeoutMs} ms`)), timeoutMs);
      widget.addEventListener('sp-load', resolve, { once: true });
      widget.addEventListener('sp-error', (event) => {
        reject(new Error(`${label} fired sp-error: ${event.error?.message ?? 'no message'}`));
      });
    }).finally(() => clearTimeout(timer));
    box.append(widget);
    return { widget, loaded };
  }

  function staticEquivalent(widget) {
    const root = widget.shadowRoot;
    const css = root.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    const markup = root.innerHTML.replace(/<!--[^]*?-->/g, ''); // Lit's part markers
    const escape = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    const hostAttributes = [...widget.attributes].map(({ name, value }) => ` ${name}="${escape(value)}"`).join('');
    // Another tag name, so the copy is never upgraded into a live widget.
    return `<bench-static${hostAttributes}><template shadowrootmode="open"><style>${css}</style>${markup}</template></bench-static>`;
  }

  const first = document.createElement('div');
  stage.append(first);
  const { widget, loaded } = mount(first);
  await loaded;
  const html = staticEquivalent(widget);
  const listItems = widget.shadowRoot.querySelectorAll('li').length;
  first.remove();

  async function timeOnce(kind) {
    const box = document.createElement('div');
    stage.append(box);
    await nextFrame();
    const start = performance.now();
    if (kind === 'widget') await mount(box).loaded;
    else box.setHTMLUnsafe(html);
    const height = box.offsetHeight; // forces style and layout
    const ms = performance.now() - start;
    box.remove();
    return { ms, height };
  }

  const result = { listItems, staticBytes: html.length, widget: [], static: [], widgetHeight: 0, staticHeight: 0 };
  await timeOnce('widget'); // warm-up: first-time template preparation, JIT
  await timeOnce('static');
  for (let i = 0; i < runs; i++) {
    // Alternate which goes first, so neither always pays for the other's garbage.
    for (const kind of i % 2 === 0 ? ['widget', 'static'] : ['static', 'widget']) {
      const { ms, height } = await timeOnce(kind);
      result[kind].push(ms);
      result[`${kind}Height`] = height;
    }
  }
  return result;
}
