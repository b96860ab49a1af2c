// Runs a Node script in a child process and collects what it printed, for the
// test server's commands and the bench: never rejects on an exit code, so
// the caller decides what a failure is, and kills a child that outlives
// `timeoutMs`, so a hang ends with a signal instead of a stuck run.
import { spawn } from 'node:child_process';

/**
 * `{ code, signal, stdout, stderr, seconds }` of `node <args>`, timed from
 * spawn to exit. Each stream keeps at most `outputCap` characters; what comes
 * after is dropped.
 */
export function runNode(args, { cwd, env, timeoutMs, outputCap = Infinity }) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    for (const stream of ['stdout', 'stderr']) {
      child[stream].setEncoding('utf8');
      child[stream].on('data', (chunk) => {
        if (out[stream].length < outputCap) out[stream] += chunk;
      });
    }
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ...out, seconds: (performance.now() - started) / 1000 });
    });
  });
}
