// The commands of test/server/package-install.mjs, which pack and install the
// package once per test run. Each answers at once, saying whether its work
// has ended; these ask again until it has, or until `timeoutMs`.
import { executeServerCommand } from '@web/test-runner-commands';

interface Job<T> {
  done: boolean;
  result?: T;
  error?: string;
}

const POLL_MS = 500;

/** The result of a package command, once its work has ended; throws its error, or on timeout. */
export async function packageCommand<T>(command: string, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const job = await executeServerCommand<Job<T>, undefined>(command);
    if (job.done) {
      if (job.error !== undefined) throw new Error(`${command}: ${job.error}`);
      return job.result!;
    }
    if (Date.now() > until) throw new Error(`${command} had not finished after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
