// The script-tag build: a small loader. Each element's code is fetched, from
// next to this file, the first time its tag appears in the document, so a
// page of badges never downloads the comparison.
//
// It is a classic script, not a module (no import statements, no
// import.meta): a plain <script src> in <head> runs before the first paint,
// so the places it reserves are there from the start. The build turns each
// import() below into a call of src/page/chunks.ts, which resolves the chunk
// against this script's own URL (a classic script from another origin has no
// base URL of its own for import()), checks its integrity and that of every
// chunk it imports, and names the cause when one cannot be loaded.
import { claim } from './define.js';
import { warnFailed } from './page/chunks.js';
import { prefixOrDefault } from './page/prefix.js';
import { reserveBoxes } from './page/reserve.js';

const elements = {
  compare: () => import('./compare/sp-compare.js').then((m) => m.SpCompare),
  timeline: () => import('./timeline/sp-timeline.js').then((m) => m.SpTimeline),
  'velocity-badge': () => import('./badge/sp-velocity-badge.js').then((m) => m.SpVelocityBadge),
  // A tool for site owners: only a page with the tag fetches it.
  'embed-builder': () => import('./builder/sp-embed-builder.js').then((m) => m.SpEmbedBuilder),
};

/** `<script src=".../sparkpulse.js" data-prefix="acme">` names the elements `acme-*`. */
const prefix = prefixOrDefault((document.currentScript as HTMLScriptElement | null)?.dataset.prefix);

const boxes = reserveBoxes(prefix);

/** The names this copy owns and whose code no tag has asked for yet. */
const waiting = new Map<string, () => Promise<{ define(name: string): void }>>();
for (const [element, load] of Object.entries(elements)) {
  const name = `${prefix}-${element}`;
  if (claim(name)) waiting.set(name, load);
}

/**
 * Reserves the box of every widget now in the document and loads the code of
 * every tag it holds; stops watching once all have theirs.
 */
function loadUsed(): void {
  boxes.reserveAll();
  for (const [name, load] of waiting) {
    if (!document.querySelector(name)) continue;
    waiting.delete(name);
    load().then(
      (ctor) => ctor.define(name),
      (error: unknown) => {
        boxes.release(name);
        warnFailed(name, error);
      },
    );
  }
  if (waiting.size === 0) observer.disconnect();
}

const observer = new MutationObserver(loadUsed);
observer.observe(document, { childList: true, subtree: true });
loadUsed();
