/** Aborted when the process is asked to stop, so open long-polls can answer before we exit. */
export const shutdown = new AbortController();

export function onStopSignal(stop: () => Promise<void>) {
  for (const sig of ["SIGINT", "SIGTERM"] as const) {
    Deno.addSignalListener(sig, () => {
      shutdown.abort();
      stop().finally(() => Deno.exit(0));
      setTimeout(() => Deno.exit(0), 250);
    });
  }
}
