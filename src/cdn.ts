// The script-tag build: a small loader. Each element's code is fetched, from
// next to this file, the first time its tag appears in the document, so a
// page of badges never downloads the comparison.
import { VERSION } from './version.js';

const elements = {
  compare: () => import('./compare/sp-compare.js').then((m) => m.SpCompare),
  timeline: () => import('./timeline/sp-timeline.js').then((m) => m.SpTimeline),
  'velocity-badge': () => import('./badge/sp-velocity-badge.js').then((m) => m.SpVelocityBadge),
};

/** `<script src=".../sparkpulse.js" data-prefix="acme">` names the elements `acme-*`. */
const script = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((s) => s.src === import.meta.url);
const prefix = script?.dataset.prefix?.trim().toLowerCase() || 'sp';

const waiting = new Map<string, () => Promise<{ define(name: string): void }>>();
for (const [element, load] of Object.entries(elements)) {
  const name = `${prefix}-${element}`;
  const existing = customElements.get(name) as { [key: symbol]: unknown } | undefined;
  if (!existing) waiting.set(name, load);
  // Another copy of this very version needs nothing; anything else is worth a
  // warning, whose code only such a page downloads.
  else if (existing[Symbol.for('sparkpulse.version')] !== VERSION) void load().then((ctor) => ctor.define(name));
}

function loadIfUsed(root: Element | Document): void {
  for (const [name, load] of waiting) {
    if (root instanceof Element ? root.localName !== name && !root.querySelector(name) : !root.querySelector(name)) {
      continue;
    }
    waiting.delete(name);
    load().then(
      (ctor) => ctor.define(name),
      (error: unknown) => console.warn(`[sparkpulse] could not load <${name}>:`, error),
    );
  }
  if (waiting.size === 0) observer.disconnect();
}

const observer = new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) loadIfUsed(node);
  }
});
if (waiting.size > 0) observer.observe(document, { childList: true, subtree: true });
loadIfUsed(document);
