const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Calls `callback` once, when `el` comes within one viewport of the screen.
 * One observer serves every lazy widget, and every server-rendered widget
 * waiting to be taken over, on the page. Returns the cancel.
 */
export function whenNearViewport(el: Element, callback: () => void): () => void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        const found = waiting.get(entry.target);
        cancel(entry.target);
        found?.();
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.set(el, callback);
  observer.observe(el);
  return () => cancel(el);
}

function cancel(el: Element): void {
  waiting.delete(el);
  observer?.unobserve(el);
}

/**
 * Calls `callback` when the browser is next idle (within a second at most),
 * or in a task of its own where requestIdleCallback is missing (Safari).
 */
export function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 1_000 });
  else setTimeout(callback);
}
