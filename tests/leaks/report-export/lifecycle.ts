/** Aborted on SIGTERM/SIGINT: the server stops accepting and running work wraps up. */
export const shutdown = new AbortController();

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  Deno.addSignalListener(signal, () => {
    console.log(`${signal}: shutting down`);
    shutdown.abort(signal);
  });
}
