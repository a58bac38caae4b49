/**
 * The checked-in snapshots of `tests/testdata/` (captured by `capture.ts` from two tiny
 * programs, gzipped) unpacked for a test, and golden text outputs compared against what a test
 * renders — rewritten instead when `UPDATE_GOLDEN=1` (`deno task test:update-golden`).
 *
 * @module
 */

/** The folder of the checked-in snapshots and golden outputs. */
export const TESTDATA_DIR = new URL("../testdata/", import.meta.url).pathname;

/** The checked-in snapshots: 200 records at `before`, 500 at `after`. */
export type TestSnapshot = "deno-before" | "deno-after" | "node-before" | "node-after";

/** Every checked-in snapshot. */
export const TEST_SNAPSHOTS: TestSnapshot[] = [
  "deno-before",
  "deno-after",
  "node-before",
  "node-after",
];

async function gunzip(from: string, to: string): Promise<void> {
  const input = await Deno.open(from);
  const output = await Deno.create(to);
  await input.readable.pipeThrough(new DecompressionStream("gzip")).pipeTo(output.writable);
}

/**
 * Writes `<name>.heapsnapshot` and its `<name>.scripts.json` sidecar into `dir` for each of
 * `names`, as a capture would have left them.
 */
export async function unpackTestSnapshots(
  dir: string,
  names: TestSnapshot[] = TEST_SNAPSHOTS,
): Promise<void> {
  await Promise.all(names.flatMap((name) => [
    gunzip(`${TESTDATA_DIR}${name}.heapsnapshot.gz`, `${dir}/${name}.heapsnapshot`),
    gunzip(`${TESTDATA_DIR}${name}.scripts.json.gz`, `${dir}/${name}.scripts.json`),
  ]));
}

/** Runs `fn` with a fresh temporary directory, removed afterwards. */
export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await Deno.realPath(await Deno.makeTempDir({ prefix: "deno-debugger-test-" }));
  try {
    return await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** True when the run should rewrite golden files instead of comparing against them. */
function updating(): boolean {
  return Deno.env.get("UPDATE_GOLDEN") === "1";
}

/**
 * Compares `actual` with `tests/testdata/golden/<name>.txt`, failing at the first line that
 * differs; with `UPDATE_GOLDEN=1` writes `actual` there instead.
 */
export async function assertGolden(name: string, actual: string): Promise<void> {
  const path = `${TESTDATA_DIR}golden/${name}.txt`;
  const text = actual.endsWith("\n") ? actual : `${actual}\n`;
  if (updating()) {
    await Deno.writeTextFile(path, text);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(path);
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
    throw new Error(`no golden file ${path}: run \`deno task test:update-golden\` to write it`);
  }
  if (expected === text) return;
  const want = expected.split("\n");
  const got = text.split("\n");
  const line = want.findIndex((l, i) => l !== got[i]);
  const at = line === -1 ? want.length : line;
  throw new Error(
    `${name}: output differs from ${path} at line ${at + 1}:\n` +
      `  expected: ${JSON.stringify(want[at])}\n  actual:   ${JSON.stringify(got[at])}\n` +
      "If the change is intended, run `deno task test:update-golden` and review the diff.",
  );
}
