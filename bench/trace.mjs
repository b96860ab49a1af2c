// Reading a Chrome trace (page.tracing with the devtools.timeline categories).

/**
 * The longest `RunTask` on the main thread of the renderer that showed
 * `pageUrl`, in milliseconds: the page's longest uninterrupted main-thread task.
 */
export function longestMainThreadTask(trace, pageUrl) {
  const events = trace.traceEvents ?? trace;
  const pid = rendererOf(events, pageUrl);
  const mainThread = events.find(
    (event) => event.pid === pid && event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  if (!mainThread) throw new Error(`The trace has no CrRendererMain thread in process ${pid}`);
  let longest = 0;
  for (const event of events) {
    if (event.name === 'RunTask' && event.ph === 'X' && event.pid === pid && event.tid === mainThread.tid) {
      longest = Math.max(longest, event.dur ?? 0);
    }
  }
  if (longest === 0) throw new Error(`The trace has no RunTask on the page's main thread (process ${pid})`);
  return longest / 1000; // trace durations are in microseconds
}

/** The renderer process id: where the main frame committed `pageUrl`, else where it was when tracing began. */
function rendererOf(events, pageUrl) {
  const committed = events.filter((event) => event.name === 'FrameCommittedInBrowser' && event.args?.data?.url === pageUrl);
  if (committed.length > 0) return committed.at(-1).args.data.processId;
  const started = events.find((event) => event.name === 'TracingStartedInBrowser');
  const mainFrame = started?.args?.data?.frames?.find((frame) => frame.isOutermostMainFrame);
  if (mainFrame?.processId) return mainFrame.processId;
  throw new Error(`The trace does not say which renderer process showed ${pageUrl}`);
}
