/** Aborted when the server is asked to stop: long work listens to it and winds down. */
export const shutdown = new AbortController();

Deno.addSignalListener("SIGTERM", () => {
  shutdown.abort(new Error("server shutting down"));
  setTimeout(() => Deno.exit(0), 2_000);
});
