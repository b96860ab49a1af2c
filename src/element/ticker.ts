/** How often relative times ("2d ago") are brought up to date. */
export const TICK_MS = 60_000;

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let watchingVisibility = false;

function tick(): void {
  for (const listener of listeners) listener();
}

/** One interval for the whole page, and none while the tab is hidden or nobody listens. */
function sync(): void {
  const wanted = listeners.size > 0 && document.visibilityState !== 'hidden';
  if (wanted && timer === undefined) timer = setInterval(tick, TICK_MS);
  if (!wanted && timer !== undefined) {
    clearInterval(timer);
    timer = undefined;
  }
}

function onVisibilityChange(): void {
  // Back from a hidden tab, times may be hours old: refresh them at once.
  if (document.visibilityState === 'visible') tick();
  sync();
}

/** Calls `listener` on the page's shared tick. Returns the unsubscribe. */
export function onTick(listener: () => void): () => void {
  if (!watchingVisibility) {
    watchingVisibility = true;
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  listeners.add(listener);
  sync();
  return () => {
    listeners.delete(listener);
    sync();
  };
}

/** True while the shared interval runs; for tests and the benchmark. */
export function tickerRunning(): boolean {
  return timer !== undefined;
}
