// Graceful shutdown: in-flight work is cut short once the process is asked to stop.

export const STOPPED = Symbol("stopped");

let signalStop;

/** Settles (with STOPPED) when the process gets SIGTERM/SIGINT; until then it stays pending. */
export const stopping = new Promise((resolve) => {
  signalStop = () => resolve(STOPPED);
});

process.once("SIGTERM", () => signalStop());
process.once("SIGINT", () => signalStop());

/** The result of `work`, or STOPPED when shutdown starts first. */
export function unlessStopping(work) {
  return Promise.race([work, stopping]);
}
