import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type DataStatus = 'initial' | 'pending' | 'complete' | 'error';

/** Returned by a task that does not want to load yet; the status stays `initial`. */
export const NOT_YET = Symbol();

type Run<A, T> = (args: A, signal: AbortSignal) => Promise<T | typeof NOT_YET>;

/**
 * Runs an async load whenever its arguments change, like @lit/task, in a few
 * hundred bytes. A newer run wins over an older one, which is aborted, so a
 * late answer for old arguments never replaces a newer one.
 */
export class DataTask<A extends readonly unknown[], T> implements ReactiveController {
  status: DataStatus = 'initial';
  value?: T;
  error?: unknown;
  #args?: A;
  #controller?: AbortController;
  #runs = 0;
  readonly #host: ReactiveControllerHost;
  readonly #argsOf: () => A;
  readonly #task: Run<A, T>;
  readonly #settled: (failed: boolean, result: unknown) => void;

  constructor(
    host: ReactiveControllerHost,
    argsOf: () => A,
    task: Run<A, T>,
    settled: (failed: boolean, result: unknown) => void,
  ) {
    [this.#host, this.#argsOf, this.#task, this.#settled] = [host, argsOf, task, settled];
    host.addController(this);
  }

  hostUpdate(): void {
    const args = this.#argsOf();
    const last = this.#args;
    // Arguments always come in the same number, so comparing them in order is enough.
    if (!last || args.some((arg, i) => arg !== last[i])) void this.run(args);
  }

  async run(args: A = this.#argsOf()): Promise<void> {
    this.#args = args;
    this.abort();
    const controller = (this.#controller = new AbortController());
    const run = ++this.#runs;
    this.status = 'pending';
    this.#host.requestUpdate();
    let result: unknown;
    let failed = false;
    try {
      result = await this.#task(args, controller.signal);
    } catch (error) {
      [result, failed] = [error, true];
    }
    if (run !== this.#runs) return;
    if (result === NOT_YET) this.status = 'initial';
    else {
      this.status = failed ? 'error' : 'complete';
      if (failed) this.error = result;
      else this.value = result as T;
    }
    // The update is requested first, so that `settled` can wait for the render it starts.
    this.#host.requestUpdate();
    if (result !== NOT_YET) this.#settled(failed, result);
  }

  /** Stops a pending run; its caller sees its signal abort. */
  abort(): void {
    if (this.status === 'pending') this.#controller?.abort();
  }
}
