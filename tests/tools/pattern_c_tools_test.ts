/**
 * Pattern C's tools in process: arguments refused with a specific message before anything
 * connects (no target needed), and their text — the hits table, the exceptions with the line
 * that dropped a promise, the paused state — bounded whatever the input.
 */

import type { CaughtException, LogpointHit, PausedState } from "../../inspector/mod.ts";
import type { ExceptionCatch } from "../../investigation/mod.ts";
import { breakpoints, hitsTable, logpoints } from "../../tools/breakpoints.ts";
import { catchExceptions, catchText } from "../../tools/catch_exceptions.ts";
import { checkExpression, fileAndLine } from "../../tools/debug_shapes.ts";
import { pausedProgram, stateText } from "../../tools/paused_program.ts";
import { assert, assertEquals, assertMatch, assertThrows } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";

Deno.test("file and line: file:line as findings print it, or a line apart; never two lines", () => {
  assertEquals(fileAndLine("src/app.ts:68", undefined, "set"), { file: "src/app.ts", line: 68 });
  assertEquals(fileAndLine("src/app.ts", 12, "set"), { file: "src/app.ts", line: 12 });
  assertEquals(fileAndLine("file:///w/app.ts:9:3", undefined, "add"), {
    file: "/w/app.ts",
    line: 9,
  });
  assertEquals(fileAndLine("app.ts:9", 9, "add").line, 9);
  for (
    const [file, line, text] of [
      [undefined, 3, /set needs file/],
      ["app.ts", undefined, /set needs a line/],
      ["app.ts:9", 10, /file says line 9 and line says 10/],
      ["https://x.example/app.ts:3", undefined, /remote URL/],
    ] as const
  ) {
    try {
      fileAndLine(file, line, "set");
      throw new Error(`${file} ${line} should be refused`);
    } catch (e) {
      assertMatch((e as Error).message, text);
    }
  }
});

Deno.test("bad arguments are refused at once, before any connection", async () => {
  const host = new FakeHost();
  const cases: [
    typeof breakpoints | typeof logpoints | typeof pausedProgram,
    Record<string, unknown>,
    RegExp,
  ][] = [
    [breakpoints, { action: "set" }, /set needs file/],
    [breakpoints, { action: "remove" }, /remove needs id/],
    [logpoints, { action: "add", file: "app.ts:3" }, /add needs expressions/],
    [logpoints, { action: "remove" }, /remove needs id/],
    [
      logpoints,
      { action: "add", file: "app.ts:3", expressions: ["order.id", "order."] },
      /expressions\[1\] is not valid JavaScript: .*"order\."/,
    ],
    [breakpoints, { action: "set", file: "app.ts:3", condition: "a b" }, /condition is not valid/],
    [pausedProgram, { action: "evaluate", expression: "1" }, /does not allow[\s\S]*--allow-eval/],
  ];
  for (const [def, args, text] of cases) {
    const started = Date.now();
    const r = await runTool(def, args, host);
    assert(r.isError, `${def.name} ${JSON.stringify(args)}`);
    assertMatch(r.text, text);
    assert(Date.now() - started < 200, "answered at once");
  }
  const allowed = await runTool(
    pausedProgram,
    { action: "evaluate" },
    new FakeHost({ allowEval: true }),
  );
  assertMatch(allowed.text, /evaluate needs expression/);
  const badWorkload = await runTool(
    catchExceptions,
    { workload: { kind: "http", count: "x" } },
    host,
  );
  assert(badWorkload.isError);
  assertMatch(badWorkload.text, /workload\.count: .*number[\s\S]*investigate_leak/);
});

Deno.test("an expression may read a class's private fields, as V8 evaluates it in its method", () => {
  checkExpression("this.#pending.has(id) && this.#retries", "expressions[0]");
  assertThrows(() => checkExpression("this.#pending.", "expressions[0]"), Error, "not valid");
  assertThrows(() => checkExpression("a b", "condition"), Error, "condition is not valid");
});

function hit(seq: number, value: string): LogpointHit {
  return {
    seq,
    logpoint: seq % 2 ? "lp1" : "lp2",
    at: "2026-01-02T10:00:00.123Z",
    values: [{ name: "order.id", value }, { name: "order.version", value: String(seq) }],
    frame: "addItem app.ts:69",
    asyncFrame: "route app.ts:146",
  };
}

Deno.test("hits table: in order with the async caller; long values clipped, rows bounded", () => {
  const rows = hitsTable([hit(1, '"1001"'), hit(2, '"1001"')], 40);
  assertEquals(rows[0], "2 hits in order (seq time logpoint values | frame ← async caller):");
  assertEquals(
    rows[1],
    '1 10:00:00.123 lp1 order.id="1001" order.version=1 | addItem app.ts:69 ← route app.ts:146',
  );
  const many = hitsTable(Array.from({ length: 500 }, (_, i) => hit(i + 1, "x".repeat(5000))), 40);
  // Many hits: each expression's values counted first (one value 500 times; all differ).
  assertEquals(many.slice(0, 3), [
    "Values over 500 hits:",
    `  order.id: ${"x".repeat(39)}… ×500`,
    "  order.version: all 500 differ",
  ]);
  assertEquals(many.length, 45);
  assertMatch(many.at(-1)!, /460 more: hits \{afterSeq: 40\} pages on/);
  assert(many.join("\n").length < 8000, `${many.join("\n").length} characters`);
  assertMatch(hitsTable([], 40)[0], /No hits yet/);
});

Deno.test("catch text: the throw, async callers, locals, and the line that dropped the promise", () => {
  const e: CaughtException = {
    n: 1,
    at: "2026-01-02T10:00:00.000Z",
    kind: "promiseRejection",
    uncaught: true,
    message: "OutOfStockError: out of stock: sku-5",
    stack: [{
      function: "reserveStock",
      location: "app.ts:84",
      url: "file:///app.ts",
      line: 84,
      column: 7,
    }],
    asyncStack: [{
      function: "checkout",
      location: "app.ts:96",
      url: "file:///app.ts",
      line: 96,
      column: 3,
      waits: "await",
    }],
    localsOf: "reserveStock app.ts:84",
    locals: [{ name: "stock", value: '{sku: "sku-5", available: 1}' }],
    caller: { function: "checkout", location: "app.ts:96", code: "reserveStock(order.items);" },
  };
  const run: ExceptionCatch = {
    mode: "uncaught",
    exceptions: [
      ...Array.from({ length: 3 }, (_, i) => ({ ...e, n: i + 1 })),
      ...Array.from({ length: 6 }, (_, i) => ({
        ...e,
        n: i + 4,
        message: `Error: case ${i}`,
        caller: undefined,
      })),
    ],
    dropped: 3,
    runtimeOnly: 2,
    durationMs: 1500,
    target: "deno 2.9.6 app.ts",
    nextIndex: 1,
  };
  const text = catchText(run, "1 × POST http://127.0.0.1:1/orders/2/checkout");
  const lines = text.split("\n");
  assertEquals(lines[0], "12 uncaught exceptions in 1.5 s on deno 2.9.6 app.ts.");
  assertMatch(
    text,
    /1\. uncaught rejected promise: OutOfStockError: out of stock: sku-5 \(×3, the first shown\)/,
  );
  assertEquals(text.match(/out of stock/g)?.length, 1, "told once");
  assertMatch(text, /thrown in reserveStock app\.ts:84/);
  assertMatch(text, /async callers: checkout app\.ts:96/);
  assertMatch(text, /locals of reserveStock app\.ts:84: stock = \{sku: "sku-5", available: 1\}/);
  assertMatch(text, /Its async caller checkout app\.ts:96 is `reserveStock\(order\.items\);`/);
  assertMatch(text, /… 2 other exceptions in structuredContent/);
  assertMatch(text, /3 more were thrown and not recorded/);
  const none = catchText({ ...run, exceptions: [], dropped: 0, runtimeOnly: 0 }, undefined);
  assertEquals(none, "No uncaught exceptions in 1.5 s on deno 2.9.6 app.ts.");
});

Deno.test("paused state text: where, why, until when; variables per scope, bounded", () => {
  const s: PausedState = {
    reason: "other",
    hit: ["bp1"],
    pausedAt: "2026-01-02T10:00:00.000Z",
    autoResumeAt: "2026-01-02T10:00:30.000Z",
    frames: Array.from({ length: 10 }, (_, i) => ({
      index: i,
      function: `f${i}`,
      location: `app.ts:${i + 1}`,
      url: "file:///app.ts",
      line: i + 1,
      column: 1,
      ...(i < 3
        ? {
          scopes: [{
            type: "local",
            variables: Array.from(
              { length: 20 },
              (_, k) => ({ name: `v${k}`, value: "y".repeat(500) }),
            ),
            more: 5,
          }],
        }
        : {}),
    })),
    asyncFrames: [{
      function: "route",
      location: "app.ts:146",
      url: "",
      line: 146,
      column: 1,
      waits: "await",
    }],
  };
  const text = stateText(s, false);
  assertEquals(
    text[0],
    "Paused (breakpoint bp1) at f0 app.ts:1 since 10:00:00; resumes by itself at 10:00:30 " +
      "unless you step or resume.",
  );
  assertMatch(text.join("\n"), / {3}local: v0 = y+…; .*; … 13 more/);
  assertMatch(text.join("\n"), /… 2 more frames/);
  assertMatch(text.join("\n"), /Async callers: route app\.ts:146/);
  assert(text.join("\n").length < 6000, `${text.join("\n").length} characters`);
  assertEquals(stateText(s, true).length, 1);
});
