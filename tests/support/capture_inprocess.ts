/**
 * Captures a real heap snapshot from a small program run in a child Deno or Node process:
 * the program builds its objects, then calls `node:v8`'s `writeHeapSnapshot(path)` on
 * itself. Faster and simpler than the inspector when a test only needs a snapshot file.
 *
 * @module
 */

/** Which runtime runs the program. */
export type Runtime = "deno" | "node";

/**
 * Resolves when a `node` binary is on PATH; otherwise throws saying what to install, so a Node
 * test fails with the fix instead of being skipped (CI has Node: it fetches Deno through npx).
 */
export async function requireNode(): Promise<void> {
  // Without a real `node` on PATH, Deno runs itself in its place ("deno 2.x" instead of "v20…").
  try {
    const out = await new Deno.Command("node", { args: ["--version"], stdout: "piped" }).output();
    if (out.success && /^v\d+\./.test(new TextDecoder().decode(out.stdout))) return;
  } catch { /* not found: below */ }
  throw new Error(
    "this test needs Node.js (`node` on PATH) to capture a Node snapshot: install Node.js 20 " +
      "(e.g. apt-get install -y nodejs) and run the tests again",
  );
}

/**
 * Writes `body` as a program into `dir`, runs it with `runtime`, and returns the path of the
 * snapshot it wrote. `body` is plain JavaScript that runs first; the snapshot is taken after
 * it. Whatever `body` must keep alive it should store in a module-level binding or on
 * `globalThis`. Line numbers: `body` starts on line 2 (0-based line 1) of the program.
 */
export async function captureSnapshot(
  runtime: Runtime,
  body: string,
  dir: string,
  name = `${runtime}.heapsnapshot`,
): Promise<string> {
  const out = `${dir}/${name}`;
  const ext = runtime === "deno" ? "mjs" : "cjs";
  const head = runtime === "deno"
    ? `import { writeHeapSnapshot } from "node:v8";`
    : `const { writeHeapSnapshot } = require("node:v8");`;
  const program = `${dir}/${name}.${ext}`;
  await Deno.writeTextFile(
    program,
    `${head}\n${body}\nwriteHeapSnapshot(${JSON.stringify(out)});\n`,
  );
  const cmd = runtime === "deno"
    ? new Deno.Command(Deno.execPath(), {
      args: ["run", "--quiet", `--allow-write=${dir}`, `--allow-read=${dir}`, program],
      stdout: "piped",
      stderr: "piped",
    })
    : new Deno.Command("node", { args: [program], stdout: "piped", stderr: "piped" });
  const res = await cmd.output();
  if (!res.success) {
    throw new Error(
      `${runtime} ${program} failed (${res.code}): ${new TextDecoder().decode(res.stderr)}`,
    );
  }
  return out;
}
