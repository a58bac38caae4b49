/**
 * The demo's process management with real processes: a started server is reachable and then
 * stopped; a process that dies early is reported with its output; Ctrl-C (SIGINT) to a driver
 * stops the children it started.
 */
import { assert, assertEquals, assertStringIncludes } from "../../support/demo_assert.ts";
import { freePort, ProcessGroup, waitForHttp } from "../../../demo/processes.ts";

const deno = Deno.execPath();

function httpServerArgs(port: number): string[] {
  return [
    "eval",
    `Deno.serve({ hostname: "127.0.0.1", port: ${port}, onListen() { console.log("up") } }, () => new Response("ok"));`,
  ];
}

async function portAnswers(port: number): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) });
    await res.body?.cancel();
    return true;
  } catch {
    return false;
  }
}

Deno.test("a started server answers, and stopAll stops it", async () => {
  const group = new ProcessGroup();
  const port = freePort();
  const proc = group.start("test server", deno, httpServerArgs(port));
  try {
    await waitForHttp(`http://127.0.0.1:${port}/`, { process: proc, timeoutMs: 20_000 });
    assert(await portAnswers(port));
    assertEquals(group.running().map((r) => r.name), ["test server"]);
  } finally {
    await group.stopAll();
  }
  assert(proc.exited(), "the server process has exited");
  assertEquals(await portAnswers(port), false);
  assertEquals(group.running(), []);
  assertStringIncludes(proc.output(), "up");
});

Deno.test("waitForHttp reports a process that exits early, with its output", async () => {
  const group = new ProcessGroup();
  const proc = group.start("broken app", deno, [
    "eval",
    `console.error("cannot bind: port taken"); Deno.exit(3);`,
  ]);
  try {
    let message = "";
    try {
      await waitForHttp(`http://127.0.0.1:${freePort()}/health`, { process: proc });
    } catch (e) {
      message = (e as Error).message;
    }
    assertStringIncludes(message, "broken app exited (code 3)");
    assertStringIncludes(message, "cannot bind: port taken");
  } finally {
    await group.stopAll();
  }
});

Deno.test("Ctrl-C (SIGINT) to the driver stops the processes it started", async () => {
  const port = freePort();
  const driver = `
    import { ProcessGroup, waitForHttp } from ${
    JSON.stringify(new URL("../../../demo/processes.ts", import.meta.url).href)
  };
    const group = new ProcessGroup();
    group.stopOnSignals(() => console.log("cleaning up"));
    const p = group.start("child", Deno.execPath(), ${JSON.stringify(httpServerArgs(port))});
    await waitForHttp("http://127.0.0.1:${port}/", { process: p, timeoutMs: 20000 });
    console.log("child " + p.pid);
    await new Promise(() => {});
  `;
  const child = new Deno.Command(deno, {
    args: ["eval", driver],
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let seen = "";
  const deadline = Date.now() + 30_000;
  while (!seen.includes("child ") && Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
  }
  assert(seen.includes("child "), `driver did not start its child: ${seen}`);
  assert(await portAnswers(port), "the child serves before the interrupt");
  child.kill("SIGINT");
  const status = await child.status;
  while (true) {
    const { value, done } = await reader.read();
    if (done) break;
    seen += value;
  }
  await child.stderr.cancel();
  assertEquals(status.code, 130);
  assertStringIncludes(seen, "cleaning up");
  assertEquals(await portAnswers(port), false);
});
