/**
 * Captures the small real snapshots the unit tests read, so they need no processes:
 * `deno task testdata:capture` runs `programs/leak.ts` under Deno and `programs/leak.mjs` under
 * Node with `--inspect`, captures `<runtime>-before` (200 records), asks the program to grow by
 * 300, captures `<runtime>-after`, and writes each snapshot and its scripts sidecar gzipped here.
 * Run it again only when the programs change or a runtime is upgraded; then refresh the golden
 * outputs with `deno task test:update-golden`.
 *
 * The programs run from one fixed directory ({@link PROGRAM_DIR}), so the script URLs inside the
 * snapshots, and the `file:line` the engine prints, are the same in every clone. Their
 * environment is empty but for `PATH` and `HOME`, so no variable of this machine is captured.
 *
 * @module
 */

import { InspectorSession } from "../../inspector/mod.ts";
import { startInspectTarget } from "../support/inspect_target.ts";

/** Where the programs run while they are captured. */
export const PROGRAM_DIR = "/tmp/deno-debugger-testdata";

/** Records the program adds between the two captures (it starts with 200). */
const GROW_BY = 300;

const HERE = new URL(".", import.meta.url).pathname;

async function gzip(from: string, to: string): Promise<void> {
  const input = await Deno.open(from);
  const output = await Deno.create(to);
  await input.readable.pipeThrough(new CompressionStream("gzip")).pipeTo(output.writable);
}

async function capture(runtime: "deno" | "node"): Promise<void> {
  const program = `${PROGRAM_DIR}/leak.${runtime === "deno" ? "ts" : "mjs"}`;
  await Deno.copyFile(`${HERE}programs/leak.${runtime === "deno" ? "ts" : "mjs"}`, program);
  const env: Record<string, string> = {};
  for (const name of ["PATH", "HOME"]) {
    const value = Deno.env.get(name);
    if (value !== undefined) env[name] = value;
  }
  const target = await startInspectTarget({
    runtime,
    script: program,
    withHttpPort: true,
    readyPath: "/stats",
    cwd: PROGRAM_DIR,
    env,
  });
  const session = await InspectorSession.connect({ port: target.inspectPort });
  try {
    for (const label of ["before", "after"]) {
      if (label === "after") {
        const res = await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=${GROW_BY}`);
        console.log(`${runtime}: grew to ${(await res.json()).records} records`);
      }
      const name = `${runtime}-${label}`;
      const captured = await session.captureSnapshot(`${PROGRAM_DIR}/${name}.heapsnapshot`, {
        label: name,
      });
      await gzip(captured.path, `${HERE}${name}.heapsnapshot.gz`);
      await gzip(captured.sidecarPath, `${HERE}${name}.scripts.json.gz`);
      console.log(`${name}: ${captured.bytes} bytes, ${captured.nodeCount} nodes`);
    }
  } finally {
    await session.close();
    await target.stop();
  }
}

if (import.meta.main) {
  await Deno.remove(PROGRAM_DIR, { recursive: true }).catch(() => {});
  await Deno.mkdir(PROGRAM_DIR, { recursive: true });
  try {
    await capture("deno");
    await capture("node");
  } finally {
    await Deno.remove(PROGRAM_DIR, { recursive: true });
  }
}
