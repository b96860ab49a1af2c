const PREFIX = 'sparkpulse:v1:';

/**
 * The opt-in sessionStorage cache: raw document bodies by URL. Storage that
 * is blocked or full is treated as empty, quietly, and never breaks a load.
 */
export const sessionStore = {
  get(url: string): string | undefined {
    try {
      return sessionStorage.getItem(PREFIX + url) ?? undefined;
    } catch {
      return undefined;
    }
  },
  set(url: string, body: string): void {
    try {
      sessionStorage.setItem(PREFIX + url, body);
    } catch {
      // Quota or blocked storage: memory is enough.
    }
  },
  delete(url: string): void {
    try {
      sessionStorage.removeItem(PREFIX + url);
    } catch {
      // Blocked storage has nothing to delete.
    }
  },
};
