const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

/**
 * Calls `callback` once, when `el` comes within one viewport of the screen.
 * One observer serves every lazy widget on the page. Returns the cancel.
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
