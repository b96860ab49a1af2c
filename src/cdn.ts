// The script-tag build: a small loader. Each element's code is fetched, from
// next to this file, the first time its tag appears in the document, so a
// page of badges never downloads the comparison.
//
// It is a classic script, not a module (no import statements, no
// import.meta): a plain <script src> in <head> runs before the first paint,
// so the places it reserves are there from the start.
const elements = {
  compare: () => import('./compare/sp-compare.js').then((m) => m.SpCompare),
  timeline: () => import('./timeline/sp-timeline.js').then((m) => m.SpTimeline),
  'velocity-badge': () => import('./badge/sp-velocity-badge.js').then((m) => m.SpVelocityBadge),
};

/** `<script src=".../sparkpulse.js" data-prefix="acme">` names the elements `acme-*`. */
const script = document.currentScript as HTMLScriptElement | null;
// The rule of tagName() in define.ts, written out again: importing it would
// cost the loader more bytes than it saves, and the badge's budget has none to spare.
const prefix = script?.dataset.prefix?.trim().toLowerCase() || 'sp';

// Until its code arrives, an inline badge holds the place of what it will
// show, so the text around it does not move. (A block widget's placeholder
// follows a moment later, before any data.) Constructed sheets pass a strict CSP.
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${prefix}-velocity-badge:not(:defined){display:inline-block;width:224px;height:24px;vertical-align:middle}`);
document.adoptedStyleSheets.push(sheet);

const waiting = new Map<string, () => Promise<{ define(name: string): void }>>();
for (const [element, load] of Object.entries(elements)) {
  const name = `${prefix}-${element}`;
  if (!customElements.get(name)) waiting.set(name, load);
  // A name already taken: define() keeps the first definition and says why,
  // unless it is this version's. Chunks next to another copy of this file
  // are the same modules, so that costs no download.
  else void load().then((ctor) => ctor.define(name));
}

/** Loads the code of every tag now in the document; stops watching once all have theirs. */
function loadUsed(): void {
  for (const [name, load] of waiting) {
    if (!document.querySelector(name)) continue;
    waiting.delete(name);
    load().then(
      (ctor) => ctor.define(name),
      (error: unknown) => console.warn(`[sparkpulse] could not load <${name}>:`, error),
    );
  }
  if (waiting.size === 0) observer.disconnect();
}

const observer = new MutationObserver(loadUsed);
observer.observe(document, { childList: true, subtree: true });
loadUsed();
