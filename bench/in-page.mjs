// Functions that run inside the page (page.evaluate, evaluateOnNewDocument).
// Puppeteer sends their source, so they may use nothing from this module's scope.

/**
 * Installed before any page script: sums layout shifts (CLS, without shifts
 * right after input) and remembers which widgets fired sp-load or sp-error.
 * Each shift is kept with what moved, for a failure to name it. With
 * `{ boxes: true }` it also records every size each widget takes, from its
 * first frame (off by default: the heap figure must not count the records).
 */
export function installProbe({ boxes = false } = {}) {
  const probe = { cls: 0, settled: new Set(), errors: [], shifts: [], boxes: new Map() };
  const describe = (node) => {
    const parts = [];
    for (let n = node; n; ) {
      if (n.nodeType === Node.TEXT_NODE) parts.unshift(`"${n.data.trim().slice(0, 24)}"`);
      else if (n.nodeType === Node.ELEMENT_NODE) {
        const part = n.getAttribute('part');
        const className = typeof n.className === 'string' && n.className.trim() ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
        parts.unshift(`${n.localName}${part ? `[part=${part}]` : className}`);
        if (n.localName.startsWith('sp-')) break;
      }
      n = n.parentNode instanceof ShadowRoot ? n.parentNode.host : n.parentNode;
      if (n === document.body || n === document) break;
    }
    return parts.join(' > ') || '(none)';
  };
  const rect = (r) => ({ y: Math.round(r.y), height: Math.round(r.height), x: Math.round(r.x), width: Math.round(r.width) });
  const add = (entries) => {
    for (const entry of entries) {
      if (entry.hadRecentInput) continue;
      probe.cls += entry.value;
      probe.shifts.push({
        value: entry.value,
        at: entry.startTime,
        sources: (entry.sources ?? []).map((source) => ({
          node: source.node ? describe(source.node) : '(gone)',
          from: rect(source.previousRect),
          to: rect(source.currentRect),
        })),
      });
    }
  };
  const observer = new PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  probe.takeRecords = () => add(observer.takeRecords());
  const settle = (event) => {
    const widget = event.composedPath()[0];
    probe.firstSettledAt ??= performance.now();
    probe.settled.add(widget);
    if (event.type === 'sp-error') probe.errors.push(`<${widget.localName}>: ${event.error?.message ?? 'no message'}`);
  };
  addEventListener('sp-load', settle, true);
  addEventListener('sp-error', settle, true);
  if (boxes) {
    // Sizes as rendered, frame by frame: "undefined" before the element's
    // code runs, "placeholder" until it settles, then "loaded".
    const sizes = new ResizeObserver((entries) => {
      for (const { target, borderBoxSize } of entries) {
        const state = !target.matches(':defined') ? 'undefined' : probe.settled.has(target) ? 'loaded' : 'placeholder';
        const [{ inlineSize, blockSize }] = borderBoxSize;
        probe.boxes.get(target).push({ at: Math.round(performance.now()), state, width: Math.round(inlineSize), height: Math.round(blockSize) });
      }
    });
    const watch = (el) => {
      if (!el.localName.startsWith('sp-') || probe.boxes.has(el)) return;
      probe.boxes.set(el, []);
      sizes.observe(el);
    };
    // As the parser inserts them, so the first frame is recorded too.
    new MutationObserver((records) => {
      for (const { addedNodes } of records) {
        for (const node of addedNodes) {
          if (node.nodeType !== Node.ELEMENT_NODE) continue;
          watch(node);
          for (const el of node.querySelectorAll('*')) watch(el);
        }
      }
    }).observe(document, { childList: true, subtree: true });
  }
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

/**
 * After the widgets settled: let two frames render, then read the final CLS,
 * any sp-error, each shift with what moved, and each widget's sizes.
 */
export async function finishPage() {
  const probe = window.__sparkpulseBench;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  probe.takeRecords();
  const label = (el) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`;
  // A shift before any widget had its data came from code or placeholders arriving, not from data.
  const beforeData = probe.shifts.filter((shift) => shift.at < (probe.firstSettledAt ?? Infinity));
  return {
    cls: probe.cls,
    clsBeforeData: beforeData.reduce((sum, shift) => sum + shift.value, 0),
    errors: probe.errors,
    widgets: probe.settled.size,
    shifts: probe.shifts,
    boxes: [...probe.boxes].map(([el, sizes]) => ({ widget: label(el), sizes })),
  };
}

/**
 * How wide the page is against its window, and what sticks out furthest:
 * every element and text inside each widget's shadow root, clipped by any
 * ancestor that does not let its overflow show, for the widget as a whole and
 * for each part (`section glance`, `badge`…), and which of its boxes scroll
 * sideways. Every `<details>` in a widget is
 * opened first: a reader may open them all, and closed ones are not laid out.
 * Run at the top left of the page, after anything else is measured.
 */
export function pageWidths() {
  const root = document.documentElement;
  const hosts = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('sp-'));
  for (const host of hosts) for (const details of host.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  const clipped = (node, right) => {
    for (let n = node.parentNode; n; ) {
      if (n instanceof ShadowRoot) n = n.host;
      if (n.nodeType !== Node.ELEMENT_NODE || n === root) break;
      if (getComputedStyle(n).overflowX !== 'visible') right = Math.min(right, n.getBoundingClientRect().right);
      n = n.parentNode;
    }
    return right;
  };
  const where = (node) => {
    const path = [];
    for (let n = node; n && !(n instanceof ShadowRoot); n = n.parentNode) {
      if (n.nodeType === Node.TEXT_NODE) path.unshift(`"${n.data.trim().slice(0, 40)}${n.data.trim().length > 40 ? '…' : ''}"`);
      else path.unshift(`${n.localName}${n.getAttribute('part') ? `[part=${n.getAttribute('part')}]` : n.className && typeof n.className === 'string' ? `.${n.className.trim().split(/\s+/).join('.')}` : ''}`);
    }
    return path.join(' > ');
  };
  const range = document.createRange();
  const extents = [];
  for (const host of hosts) {
    const hostRect = host.getBoundingClientRect();
    let widest = { right: hostRect.right, width: hostRect.width, where: '(the element itself)' };
    const parts = {};
    // What the widget lets scroll sideways inside it: no wider page, but a line a reader must scroll to read.
    const sideways = [];
    if (host.shadowRoot) {
      const walker = document.createTreeWalker(host.shadowRoot, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
        if (element && !element.checkVisibility()) continue;
        if (element === node && /auto|scroll/.test(getComputedStyle(node).overflowX) && node.scrollWidth > node.clientWidth + 1) {
          sideways.push(`${where(node)} (${node.scrollWidth} px in ${node.clientWidth})`);
        }
        if (node.nodeType === Node.TEXT_NODE) {
          if (!node.data.trim()) continue;
          range.selectNodeContents(node);
        }
        const box = node.nodeType === Node.TEXT_NODE ? range.getBoundingClientRect() : node.getBoundingClientRect();
        if (box.width === 0 && box.height === 0) continue;
        const right = clipped(node, box.right);
        // Ties go to the later node, the deeper one: the text rather than the box around it.
        if (right >= widest.right) widest = { right, width: box.width, where: where(node) };
        const part = element?.closest('[part]')?.getAttribute('part');
        if (part) parts[part] = Math.max(parts[part] ?? 0, Math.round(right + scrollX));
      }
    }
    extents.push({
      widget: `<${host.localName}${[...host.attributes].map((a) => ` ${a.name}="${a.value}"`).join('')}>`,
      right: Math.round(widest.right + scrollX),
      width: Math.round(widest.width),
      where: widest.where,
      parts,
      sideways,
    });
  }
  return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, extents };
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
