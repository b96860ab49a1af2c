// Runs the `sparkpulse` command for the bench in a child Node, timed from
// spawn to exit (Node's start-up included, as a CI job pays it), and killed
// after RUN_TIMEOUT_MS.
import { cliBin } from '../scripts/build-cli.mjs';
import { runNode } from '../scripts/run-node.mjs';

const RUN_TIMEOUT_MS = 3 * 60_000;

/**
 * `{ stdout, seconds }` of `sparkpulse <args>`; throws with the last lines of
 * its output when it exits with anything but 0. `nodeArgs` go to Node itself.
 */
export async function runCli(args, { nodeArgs = [] } = {}) {
  const bin = await cliBin();
  const { code, signal, stdout, stderr, seconds } = await runNode([...nodeArgs, bin, ...args], { timeoutMs: RUN_TIMEOUT_MS });
  if (code !== 0) {
    const why = signal ? `was killed (${signal})` : `exited ${code}`;
    throw new Error(`sparkpulse ${args[0]} ${why}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' / ')}`);
  }
  return { stdout, seconds };
}
