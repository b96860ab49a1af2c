/// <reference types="node" />
// Worker threads for the commands that read a whole catalogue from a folder
// (`validate`, `build`): the product documents are shared out, a batch at a
// time, among one thread per core, so reading, checking and writing them
// uses every core, and one thread's wait on the disk is another's turn to
// compute. The index, the shards and the report stay in the main thread.
//
// This module is also the workers' own: loaded in a worker made by
// runBatches, it serves the jobs it is sent, with the same functions the
// main thread would call (checkProducts, publishProducts).
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ProductSummary } from '../contract/types.js';
import { RefusedPathError, WriteFailedError, type Outcome } from '../node/safe-files.js';
import { openSource, type Source } from '../node/source.js';
import { BuildError, publishProducts, type PublishContext, type PublishProducts } from './build.js';
import { checkProducts, type CheckProducts, type ProductCheck, type Published } from './validate.js';

/** Below this many products, threads cost more to start than they save. */
export const THREADS_ABOVE = 500;
/** Products in one job: enough to make a message's cost small, few enough to share the work out evenly. */
const BATCH = 100;
/** The most threads worth starting: the disk is shared too. */
const MOST_THREADS = 4;

const MARK = 'sparkpulse-products-worker';

type Job =
  | { kind: 'check'; endpoint: string; entries: ProductSummary[]; published?: Published }
  | { kind: 'publish'; endpoint: string; entries: ProductSummary[]; context: PublishContext };

type Answer =
  | { result: ProductCheck[] | { pages: number[]; counts: Record<Outcome, number> } }
  | { error: { name: string; message: string; path?: string; code?: string }; counts?: Record<Outcome, number> };

/** Threads to share a catalogue's products out among: one per core, at most MOST_THREADS. */
export function threads(): number {
  return Math.max(1, Math.min(MOST_THREADS, availableParallelism()));
}

/** Whether `entries` of `source` are worth threads: a folder (read synchronously) and enough products. */
const worthThreads = (source: Source, count: number, entries: number) => count > 1 && source.readSync !== undefined && entries > THREADS_ABOVE;

/** checkProducts, with the products shared out among `count` threads when it is worth it. */
export function checkInThreads(count = threads()): CheckProducts {
  return async (source, entries, published, onEach) => {
    if (!worthThreads(source, count, entries.length)) return checkProducts(source, entries, published, onEach);
    const results = await runBatches(count, entries, (batch) => ({ kind: 'check', endpoint: source.name, entries: batch, published }), onEach);
    return (results as ProductCheck[][]).flat();
  };
}

/** publishProducts, likewise. */
export function publishInThreads(count = threads()): PublishProducts {
  return async (source, entries, context, counts, onEach) => {
    if (!worthThreads(source, count, entries.length)) return publishProducts(source, entries, context, counts, onEach);
    const results = await runBatches(count, entries, (batch) => ({ kind: 'publish', endpoint: source.name, entries: batch, context }), onEach, counts);
    return (results as { pages: number[] }[]).flatMap((result) => result.pages);
  };
}

/**
 * Runs a job for each batch of `items` in `count` threads, each taking the
 * next batch when it is done; resolves to the results in the items' order.
 * The first failure stops the sharing out, and is thrown once every thread
 * is stopped. Files counted by a publishing job are added to `counts`, a
 * failed job's too.
 */
async function runBatches(
  count: number,
  items: ProductSummary[],
  job: (batch: ProductSummary[]) => Job,
  onEach: () => void,
  counts?: Record<Outcome, number>,
): Promise<unknown[]> {
  const batches: ProductSummary[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  const results: unknown[] = new Array(batches.length);
  let next = 0;
  let failure: unknown;
  const workers = Array.from({ length: Math.min(count, batches.length) }, () => new Worker(new URL(import.meta.url), { workerData: MARK }));
  try {
    await Promise.all(
      workers.map(async (worker) => {
        while (failure === undefined && next < batches.length) {
          const i = next++;
          try {
            const answer = await ask(worker, job(batches[i]));
            const counted = 'error' in answer ? answer.counts : (answer.result as { counts?: Record<Outcome, number> }).counts;
            if (counts && counted) for (const key of ['written', 'unchanged'] as const) counts[key] += counted[key];
            if ('error' in answer) throw revive(answer.error);
            results[i] = answer.result;
            for (let k = 0; k < batches[i].length; k++) onEach();
          } catch (error) {
            failure ??= error;
          }
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failure !== undefined) throw failure;
  return results;
}

/** Sends `job` to `worker` and resolves to its answer; rejects when the thread fails or ends instead. */
function ask(worker: Worker, job: Job): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const done = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (answer: Answer) => {
      done();
      resolve(answer);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`a worker thread stopped (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/** The error a worker sent, as the class the commands tell apart. */
function revive({ name, message, path = '', code = '' }: { name: string; message: string; path?: string; code?: string }): Error {
  if (name === 'RefusedPathError') return new RefusedPathError(path, message);
  if (name === 'WriteFailedError') return new WriteFailedError(path, code);
  if (name === 'BuildError') return new BuildError(message);
  return new Error(message);
}

function serialize(error: unknown): { name: string; message: string; path?: string; code?: string } {
  const { name = 'Error', message = String(error), path, code } = (error ?? {}) as { name?: string; message?: string; path?: string; code?: string };
  return { name, message, ...(path !== undefined ? { path } : {}), ...(code !== undefined ? { code } : {}) };
}

/** In a worker: serves jobs until the main thread ends it. */
function serve(): void {
  const sources = new Map<string, Source>();
  const sourceOf = (endpoint: string) => {
    let source = sources.get(endpoint);
    if (!source) sources.set(endpoint, (source = openSource(endpoint)));
    return source;
  };
  parentPort!.on('message', async (job: Job) => {
    const counts = { written: 0, unchanged: 0 };
    let answer: Answer;
    try {
      const source = sourceOf(job.endpoint);
      if (job.kind === 'check') answer = { result: await checkProducts(source, job.entries, job.published, () => {}) };
      else answer = { result: { pages: await publishProducts(source, job.entries, job.context, counts, () => {}), counts } };
    } catch (error) {
      answer = { error: serialize(error), counts };
    }
    parentPort!.postMessage(answer);
  });
}

if (!isMainThread && workerData === MARK) serve();
