/**
 * The demo's command line and terminal plumbing: argument parsing, the server's launch line
 * from .mcp.json, and the step printer.
 */
import { assert, assertEquals, assertStringIncludes } from "../support/demo_assert.ts";
import { DemoUsageError, parseDemoArgs } from "../../demo/options.ts";
import { adaptLaunch } from "../../demo/server_launch.ts";
import { StepPrinter, Style } from "../../demo/terminal.ts";

Deno.test("demo arguments: defaults, bounds, and errors that name the argument", () => {
  assertEquals(parseDemoArgs([]).clients, 100);
  assertEquals(parseDemoArgs(["--clients=20", "--warmup=0", "--out=/tmp/x"]).warmup, 0);
  assertEquals(parseDemoArgs([]).stepByStep, false, "one investigate_leak call per server");
  assertEquals(parseDemoArgs(["--step-by-step"]).stepByStep, true);
  assertEquals(parseDemoArgs([]).pattern, "a", "Pattern A stays the default");
  assertEquals(parseDemoArgs(["--pattern=b"]).pattern, "b");
  assertEquals(parseDemoArgs(["--pattern=c"]).pattern, "c");
  for (
    const [args, text] of [
      [["--clients=0"], "--clients must be a whole number from 1 to 1000"],
      [["--clients=1e3x"], "--clients"],
      [["--bogus"], "unknown option --bogus"],
      [["stray"], 'unexpected argument "stray"'],
      [["--out="], "--out needs a folder"],
      [["--pattern=d"], "--pattern must be a (memory leak), b (CPU) or c (state over time)"],
    ] as const
  ) {
    let message = "";
    try {
      parseDemoArgs([...args]);
    } catch (e) {
      assert(e instanceof DemoUsageError);
      message = e.message;
    }
    assertStringIncludes(message, text);
  }
});

Deno.test("--help is not an error", () => {
  assertEquals(parseDemoArgs(["--help"]).help, true);
});

Deno.test("server launch: .mcp.json's command under this Deno, snapshots in the demo folder", () => {
  const launch = adaptLaunch(
    {
      command: "deno",
      args: [
        "run",
        "--quiet",
        "--allow-net=127.0.0.1",
        "--allow-write=snapshots",
        "server/main.ts",
      ],
    },
    "/proj",
    "/proj/out/snapshots",
  );
  assertEquals(launch.command, Deno.execPath());
  assertEquals(launch.args, [
    "run",
    "--quiet",
    "--allow-net=127.0.0.1",
    "--allow-write=/proj/out/snapshots",
    "server/main.ts",
    "--snapshot-dir=/proj/out/snapshots",
  ]);
  assertEquals(launch.cwd, "/proj");
  // A snapshot folder outside the project is added to the server's read permission.
  const outside = adaptLaunch(
    {
      command: "deno",
      args: ["run", "--allow-read=.", "--allow-write=./snapshots", "server/main.ts"],
    },
    "/proj",
    "/tmp/demo-out/snapshots",
  );
  assertEquals(outside.args.slice(0, 3), [
    "run",
    "--allow-read=.,/tmp/demo-out/snapshots",
    "--allow-write=/tmp/demo-out/snapshots",
  ]);
  const inside = adaptLaunch(
    { command: "deno", args: ["run", "--allow-read=.", "server/main.ts"] },
    "/proj",
    "/proj/out/snapshots",
  );
  assertEquals(inside.args[1], "--allow-read=.");
  const viaNpx = adaptLaunch(
    { command: "npx", args: ["-y", "deno@2.9.6", "run", "server/main.ts", "--snapshot-dir", "s"] },
    "/p",
    "/p/o",
  );
  assertEquals(viaNpx.args, ["run", "server/main.ts", "--snapshot-dir", "/p/o"]);
});

Deno.test("step printer: numbered steps, quarter progress lines in logs, failures named", () => {
  let out = "";
  const printer = new StepPrinter(3, new Style(false), false, (t) => (out += t));
  const a = printer.start("capture_snapshot baseline");
  for (const done of [0, 10, 30, 60, 100, 100]) a.progress(done, 100, "building");
  a.done("5 MB");
  const b = printer.start("simulate_connections");
  b.fail("no client connected");
  const lines = out.trimEnd().split("\n");
  assertEquals(lines[0], "[ 1/3] capture_snapshot baseline …");
  // One line per quarter reached, not one per notification.
  assertEquals(lines.filter((l) => l.includes("building")).length, 4);
  assert(/^\[ 1\/3\] ✓ capture_snapshot baseline — 5 MB \(\d+ ms\)$/.test(lines[5]), lines[5]);
  assertEquals(lines.at(-1), "[ 2/3] ✗ simulate_connections — failed: no client connected");
  assertEquals(printer.steps.map((s) => s.name), ["capture_snapshot baseline"]);
});
