/**
 * Resolves once the host is told to drain (SIGTERM from the fleet manager): anything waiting on
 * players gives up and the queue stops handing out matches.
 */
let markDraining: (reason: string) => void = () => {};

export const shuttingDown = new Promise<{ kind: "draining"; reason: string }>((resolve) => {
  markDraining = (reason) => resolve({ kind: "draining", reason });
});

let draining = false;

export function isDraining(): boolean {
  return draining;
}

export function drain(reason: string) {
  if (draining) return;
  draining = true;
  markDraining(reason);
}

try {
  Deno.addSignalListener("SIGTERM", () => {
    drain("SIGTERM");
    // let in-flight requests answer, then go
    setTimeout(() => Deno.exit(0), 200);
  });
} catch {
  // signals are not available everywhere (Windows dev boxes)
}
