/** Aborted once, when the process is asked to stop: in-flight work listens to it. */
export const shutdown = new AbortController();

export function installSignalHandlers() {
  const stop = () => {
    console.log("shutting down: aborting in-flight downloads");
    shutdown.abort(new Error("server shutting down"));
  };
  Deno.addSignalListener("SIGTERM", stop);
  Deno.addSignalListener("SIGINT", stop);
}
