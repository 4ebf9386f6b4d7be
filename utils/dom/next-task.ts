/**
 * Resolves in a new task, so the page can paint and handle input (a Cancel click, a
 * keystroke) between two slices of long work. A message, not a timer: nested timers are
 * clamped to 4 ms, and browsers throttle timers in background tabs to one a second, which
 * would stretch an import or an index build left running in another tab.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
