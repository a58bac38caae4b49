/**
 * Captures baseline/target/final snapshots (with their scripts sidecars) from the heap engine
 * test programs (`heap_engine_target.ts` under Deno, `.mjs` under Node), over a real
 * `--inspect` session.
 *
 * @module
 */

import { startInspectTarget, withInspectorSession } from "./inspect_target.ts";

/** What {@link captureEngineSnapshots} produced. */
export interface EngineSnapshots {
  runtime: "deno" | "node";
  /** The target program (for finding the TICKER line). */
  script: string;
  before: string;
  after: string;
  /** After `GET /free`: the `TempBuffer`s made between before and after are gone. */
  final: string;
  cycles: number;
}

/** 1-based line of the `// TICKER` marker in the target program. */
export async function tickerLine(script: string): Promise<number> {
  const lines = (await Deno.readTextFile(script)).split("\n");
  return lines.findIndex((l) => l.includes("// TICKER")) + 1;
}

/** Runs the target, warms it up, and captures the three snapshots into `dir`. */
export async function captureEngineSnapshots(
  runtime: "deno" | "node",
  dir: string,
  cycles = 40,
): Promise<EngineSnapshots> {
  const script = new URL(
    runtime === "deno" ? "./heap_engine_target.ts" : "./heap_engine_target.mjs",
    import.meta.url,
  ).pathname;
  const target = await startInspectTarget({
    runtime,
    script,
    withHttpPort: true,
    readyPath: "/ready",
  });
  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${target.httpPort}${path}`);
    return await res.json();
  };
  return await withInspectorSession(target, `${runtime} target`, async (session) => {
    await get("/cycle?n=5"); // warm-up: compile cycle() and the classes before the baseline
    await get("/free");
    const before = `${dir}/${runtime}-before.heapsnapshot`;
    const after = `${dir}/${runtime}-after.heapsnapshot`;
    const final = `${dir}/${runtime}-final.heapsnapshot`;
    await session.captureSnapshot(before);
    await get(`/cycle?n=${cycles}`);
    await session.captureSnapshot(after);
    await get("/free");
    await session.captureSnapshot(final);
    return { runtime, script, before, after, final, cycles };
  });
}
