// A progress line on stderr while product documents are read, so a large
// endpoint does not look hung. stdout stays for the result alone.
import type { Stream } from './command.js';

/** Below this many products, a log gets no progress lines: it is over in a moment. */
export const PROGRESS_ABOVE = 200;

const REDRAW_MS = 100;
const LOG_STEPS = 10;

export interface Progress {
  update(done: number): void;
  /** Clears a terminal's line, so the report starts on a clean one. */
  end(): void;
}

/**
 * On a terminal, one line redrawn in place; in a log (a pipe, a CI job), a
 * line at every tenth, and only for more than PROGRESS_ABOVE products.
 */
export function progress(stream: Stream, total: number, now = () => performance.now(), doing = 'Reading product documents'): Progress | undefined {
  const line = (done: number) => `${doing}: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
  if (stream.isTTY) {
    let drawn = -Infinity;
    let shown = false;
    return {
      update(done) {
        if (done < total && now() - drawn < REDRAW_MS) return;
        drawn = now();
        shown = true;
        stream.write(`\r${line(done)}\u001b[K`);
      },
      end() {
        if (shown) stream.write('\r\u001b[K');
      },
    };
  }
  if (total <= PROGRESS_ABOVE) return undefined;
  let step = 0;
  return {
    update(done) {
      const reached = Math.floor((done * LOG_STEPS) / total);
      if (reached <= step) return;
      step = reached;
      stream.write(`${line(done)}\n`);
    },
    end() {},
  };
}
