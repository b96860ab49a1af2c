// Runs the `sparkpulse` command for the bench in a child Node, timed from
// spawn to exit (Node's start-up included, as a CI job pays it), and killed
// after RUN_TIMEOUT_MS.
import { spawn } from 'node:child_process';
import { cliBin } from '../scripts/build-cli.mjs';

const RUN_TIMEOUT_MS = 3 * 60_000;

/**
 * `{ stdout, seconds }` of `sparkpulse <args>`; throws with the last lines of
 * its output when it exits with anything but 0. `nodeArgs` go to Node itself.
 */
export async function runCli(args, { nodeArgs = [] } = {}) {
  const bin = await cliBin();
  const { code, signal, stdout, stderr, seconds } = await new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...nodeArgs, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, seconds: (performance.now() - started) / 1000 });
    });
  });
  if (code !== 0) {
    const why = signal ? `was killed (${signal})` : `exited ${code}`;
    throw new Error(`sparkpulse ${args[0]} ${why}: ${(stderr || stdout).trim().split('\n').slice(-3).join(' / ')}`);
  }
  return { stdout, seconds };
}
