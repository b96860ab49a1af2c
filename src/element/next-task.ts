/**
 * Resolves in a task of its own, so the work after it does not lengthen the
 * current one. A message channel, not a timer: timers in a background tab
 * are held to one a second, and a page would wait seconds for its widgets.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}
