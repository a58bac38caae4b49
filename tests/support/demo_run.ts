/**
 * Running `deno task demo` as the e2e tests do: the same permissions as the task, its output
 * folder given, and the processes it printed (`pid N`) checked for being gone.
 *
 * @module
 */

export const REPO = new URL("../../", import.meta.url).pathname;

/** `deno run` arguments of `demo/main.ts` writing to `outDir`, as `deno task demo` grants. */
export function demoArgs(outDir: string, extra: string[] = []): string[] {
  return [
    "run",
    "--allow-net=127.0.0.1",
    "--allow-read",
    `--allow-write=${outDir}`,
    "--allow-run",
    "--allow-env",
    "demo/main.ts",
    `--out=${outDir}`,
    ...extra,
  ];
}

/** Runs the demo to its end (or `timeoutMs`): exit code, output, and how long it took. */
export async function runDemo(
  outDir: string,
  extra: string[],
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string; seconds: number }> {
  const started = performance.now();
  const result = await new Deno.Command(Deno.execPath(), {
    args: demoArgs(outDir, extra),
    cwd: REPO,
    env: { NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(timeoutMs),
  }).output();
  return {
    code: result.code,
    stdout: new TextDecoder().decode(result.stdout),
    stderr: new TextDecoder().decode(result.stderr),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Pids printed by the demo's "start …" and "stop" steps. */
export function pidsIn(output: string): number[] {
  return [...output.matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
}

/** Whether process `pid` is still running (a zombie has exited). */
export function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(Deno.readTextFileSync(`/proc/${pid}/stat`));
  } catch {
    return false;
  }
}

/** The 1-based line of `source` that first contains `code`. */
export function lineIn(source: string, code: string): number {
  const i = source.split("\n").findIndex((l) => l.includes(code));
  if (i < 0) throw new Error(`no line with ${code}`);
  return i + 1;
}
