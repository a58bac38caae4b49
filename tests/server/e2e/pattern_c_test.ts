/**
 * Pattern C over real stdio, on scenario-3 (the order service) under Deno and Node, buggy and
 * fixed: logpoints show the lost update (two reads of one version before either write) and no
 * such pair on the fixed twin; catch_exceptions names the line whose promise was dropped (the
 * missing await); a program held at a breakpoint is resumed by the deadline, and none is left
 * paused.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { type InspectTarget, startInspectTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";
import { lineOf, scenario3Script, startOrderService } from "../../support/scenario3.ts";

interface Hit {
  seq: number;
  logpoint: string;
  values: { name: string; value: string }[];
  frame: string;
  asyncFrame?: string;
}

/** The script as the server names it (relative to the repository, where it runs). */
function shown(script: string): string {
  return script.slice(script.indexOf("scenario-3/"));
}

/**
 * `id@version` read twice before the write that follows the first read: the reads logpoint
 * logs the version read, the writes logpoint the version written (read + 1).
 */
function doubleReads(hits: Hit[], reads: string, writes: string): string[] {
  const pending = new Map<string, number>();
  const doubles: string[] = [];
  for (const h of [...hits].sort((a, b) => a.seq - b.seq)) {
    const id = h.values[0].value;
    const version = Number(h.values[1].value);
    if (h.logpoint === reads) {
      const key = `${id}@${version}`;
      const n = (pending.get(key) ?? 0) + 1;
      pending.set(key, n);
      if (n === 2) doubles.push(key);
    } else if (h.logpoint === writes) pending.delete(`${id}@${version - 1}`);
  }
  return doubles;
}

async function withOrderService(
  runtime: "deno" | "node",
  fixed: boolean,
  work: (app: InspectTarget, script: string) => Promise<void>,
): Promise<void> {
  const app = await startOrderService(runtime, fixed);
  try {
    await work(app, scenario3Script(runtime, fixed));
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- target output:\n${app.output()}`, { cause: e });
  } finally {
    await app.stop();
  }
}

for (const runtime of ["deno", "node"] as const) {
  for (const fixed of [false, true]) {
    const name = `${runtime} ${fixed ? "fixed twin" : "order service"}`;
    Deno.test(`Pattern C on scenario-3 (${name}): logpoints ${fixed ? "show no" : "show the"} lost update; catch_exceptions ${fixed ? "catches nothing" : "names the missing await"}`, async () => {
      await withOrderService(runtime, fixed, async (app, script) => {
        const mcp = await startMcpSession();
        try {
          const base = `http://127.0.0.1:${app.httpPort}`;
          const readLine = await lineOf(script, 'await db.get("orders", orderId)', {
            after: "function addItem",
          }) + 1;
          const writeLine = await lineOf(script, 'await db.put("orders", order)', {
            after: "function addItem",
          });
          const expressions = ["order.id", "order.version"];
          const reads = await mcp.call("logpoints", {
            action: "add",
            port: app.inspectPort,
            file: `${shown(script)}:${readLine}`,
            expressions,
          });
          assert(!reads.isError, textOf(reads));
          const readsId = (reads.structuredContent?.changed as { id: string }).id;
          assertMatch(textOf(reads), new RegExp(`${shown(script)}:${readLine}`));
          const writes = await mcp.call("logpoints", {
            action: "add",
            file: shown(script),
            line: writeLine,
            expressions,
          });
          assert(!writes.isError, textOf(writes));
          const writesId = (writes.structuredContent?.changed as { id: string }).id;

          // Bad input: a specific error at once, and the server keeps serving.
          const bad: [string, Record<string, unknown>, RegExp][] = [
            [
              "logpoints",
              { action: "add", file: "scenario-3/nope.ts:3", expressions: ["1"] },
              /no script from scenario-3\/nope\.ts[\s\S]*loaded: .*scenario-3\//,
            ],
            ["breakpoints", { action: "set", file: `${shown(script)}:100000` }, /has no code/],
            ["breakpoints", { action: "remove", id: "bp99" }, /No breakpoint or logpoint bp99/],
            ["paused_program", { action: "step" }, /running \(not paused\)/],
          ];
          for (const [tool, args, text] of bad) {
            const started = Date.now();
            const r = await mcp.call(tool, args);
            assert(r.isError, `${tool} ${JSON.stringify(args)}: ${textOf(r)}`);
            assertMatch(textOf(r), text);
            assert(Date.now() - started < 2000, `${tool} answered in ${Date.now() - started} ms`);
          }
          // A second logpoint on the read's line, with a condition; an expression with a side
          // effect is refused (no --allow-eval), the others still logged.
          const even = await mcp.call("logpoints", {
            action: "add",
            file: `${shown(script)}:${readLine}`,
            expressions: ["order.version", "globalThis.touched = 1"],
            condition: "order.version % 2 === 0",
            maxHits: 3,
          });
          assert(!even.isError, textOf(even));
          const evenId = (even.structuredContent?.changed as { id: string }).id;

          const load = await mcp.call("send_http_requests", {
            url: `${base}/orders/1001/items`,
            method: "POST",
            body: '{"sku":"sku-1"}',
            count: 24,
            concurrency: 8,
          });
          assert(!load.isError, textOf(load));
          assertEquals(load.structuredContent?.statusCounts, { "200": 24 });

          const got = await mcp.call("logpoints", { action: "hits" });
          assert(!got.isError, textOf(got));
          const hits = got.structuredContent?.hits as Hit[];
          assertEquals(hits.filter((h) => h.logpoint === readsId).length, 24, textOf(got));
          assertEquals(hits.filter((h) => h.logpoint === writesId).length, 24, textOf(got));
          assertMatch(textOf(got), new RegExp(`${hits.length} hits in order`));
          const evens = hits.filter((h) => h.logpoint === evenId);
          assert(evens.length > 0 && evens.length <= 3, `${evens.length} hits of at most 3`);
          if (evens.length === 3) {
            assertMatch(textOf(got), new RegExp(`${evenId} .*of at most 3, done`));
          }
          for (const h of evens) {
            assertEquals(Number(h.values[0].value) % 2, 0, JSON.stringify(h));
            assertMatch(h.values[1].value, /refused: it may have side effects/);
          }
          assert(textOf(got).length < 8000, `hits text is ${textOf(got).length} characters`);
          // The text shows the first 40 and says how to page on from there.
          const last = hits[39].seq;
          assertMatch(textOf(got), new RegExp(`more: hits \\{afterSeq: ${last}\\} pages on`));
          const page = await mcp.call("logpoints", { action: "hits", afterSeq: last });
          const rest = page.structuredContent?.hits as Hit[];
          assertEquals(rest.map((h) => h.seq), hits.filter((h) => h.seq > last).map((h) => h.seq));
          // The async caller is the program's own code, at an original line.
          assert(
            hits.every((h) => h.asyncFrame?.includes(shown(script))),
            JSON.stringify(hits.slice(0, 3)),
          );
          const doubles = doubleReads(hits, readsId, writesId);
          if (fixed) assertEquals(doubles, [], "the fixed twin never reads a version twice");
          else assert(doubles.length > 0, `two reads of one version: ${textOf(got)}`);
          for (const id of [readsId, writesId, evenId]) {
            const r = await mcp.call("logpoints", { action: "remove", id });
            assert(!r.isError, textOf(r));
          }

          // evaluate runs code in the target: refused without --allow-eval.
          const ev = await mcp.call("paused_program", { action: "evaluate", expression: "1" });
          assert(ev.isError);
          assertMatch(textOf(ev), /--allow-eval/);

          const add = await mcp.call("send_http_requests", {
            url: `${base}/orders/1002/items`,
            method: "POST",
            body: '{"sku":"sku-5","qty":2}',
            count: 1,
          });
          assertEquals(add.structuredContent?.statusCounts, { "200": 1 });
          const caught = await mcp.call("catch_exceptions", {
            durationMs: 500,
            workload: {
              kind: "http",
              url: `${base}/orders/1002/checkout`,
              method: "POST",
              count: 1,
            },
          });
          assert(!caught.isError, textOf(caught));
          const text = textOf(caught);
          const exceptions = caught.structuredContent?.exceptions as {
            message: string;
            caller?: { location: string };
          }[];
          if (fixed) {
            assertEquals(exceptions, [], text);
            assertMatch(text, /^No uncaught exceptions/);
            assertEquals(
              (caught.structuredContent?.work as { statusCounts: unknown }).statusCounts,
              { "409": 1 },
            );
          } else {
            const missingAwait = await lineOf(script, "reserveStock(order.items);");
            const thrown = await lineOf(script, "throw new OutOfStockError");
            const e = exceptions.find((x) => /out of stock/.test(x.message));
            assert(e, text);
            assertEquals(e.caller?.location, `${shown(script)}:${missingAwait}`, text);
            assertMatch(text, new RegExp(`${shown(script)}:${missingAwait}`));
            assertMatch(text, new RegExp(`thrown in reserveStock ${shown(script)}:${thrown}`));
            assertMatch(text, /reserveStock\(order\.items\);/);

            // mode all: exceptions the program catches itself, with the throwing frame's locals
            // (thrown in an async function, V8 reports the rejection of its promise).
            const all = await mcp.call("catch_exceptions", {
              mode: "all",
              durationMs: 0,
              workload: {
                kind: "http",
                url: `${base}/orders/9999/items`,
                body: '{"sku":"sku-1"}',
                count: 2,
              },
            });
            assert(!all.isError, textOf(all));
            const noOrder = await lineOf(
              script,
              "throw new HttpError(404, `no order ${orderId}`)",
              {
                after: "function addItem",
              },
            );
            assertMatch(
              textOf(all),
              new RegExp(
                `1\\. (exception|rejected promise): \\w*Error: no order 9999 \\(×2, the first shown\\)\\n` +
                  `   thrown in addItem ${shown(script)}:${noOrder}`,
              ),
            );
            assertMatch(textOf(all), /locals of addItem .*orderId = "9999"; sku = "sku-1"/);
          }
        } finally {
          await mcp.close();
        }
      });
    });
  }
}

/** Waits until paused_program reports a paused program (or fails after `ms`). */
async function waitPaused(
  mcp: Awaited<ReturnType<typeof startMcpSession>>,
  ms: number,
): Promise<string> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const r = await mcp.call("paused_program", { action: "state" });
    if (!r.isError && r.structuredContent?.paused) return textOf(r);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the program did not stop within ${ms} ms`);
}

/** The target answers (nothing holds it paused). */
async function answers(base: string): Promise<boolean> {
  const res = await fetch(`${base}/health`, { signal: AbortSignal.timeout(1500) })
    .catch(() => undefined);
  await res?.body?.cancel();
  return res?.status === 200;
}

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`breakpoints on ${runtime}: the held program shows its locals, evaluates, steps, and is resumed by the deadline; no target is left paused`, async () => {
    await withOrderService(runtime, false, async (app, script) => {
      const base = `http://127.0.0.1:${app.httpPort}`;
      const mcp = await startMcpSession({ extraArgs: ["--auto-resume=2", "--allow-eval"] });
      let pending: Promise<number> | undefined;
      const post = () =>
        fetch(`${base}/orders/1003/items`, {
          method: "POST",
          body: '{"sku":"sku-2"}',
          signal: AbortSignal.timeout(20_000),
        }).then(async (r) => (await r.body?.cancel(), r.status));
      try {
        const line = await lineOf(script, "order.items.push(");
        // A condition that never holds (V8 evaluates it: --allow-eval): that one never stops.
        const never = await mcp.call("breakpoints", {
          action: "set",
          port: app.inspectPort,
          file: `${shown(script)}:${line - 1}`,
          condition: 'sku === "no such sku"',
        });
        assert(!never.isError, textOf(never));
        const set = await mcp.call("breakpoints", {
          action: "set",
          port: app.inspectPort,
          file: `${shown(script)}:${line}`,
        });
        assert(!set.isError, textOf(set));
        assertMatch(textOf(set), /resumed automatically 2 s after/);
        const id = (set.structuredContent?.changed as { id: string }).id;
        assertEquals(id, "bp2");

        pending = post();
        const state = await waitPaused(mcp, 5000);
        assertMatch(
          state,
          new RegExp(`Paused \\(breakpoint ${id}\\) at addItem ${shown(script)}:${line}`),
        );
        assertMatch(state, /resumes by itself at/);
        assertMatch(state, /sku = "sku-2"/);
        assertMatch(state, /order = \{id: "1003", customer: "demo-1003"/);
        assertMatch(state, /price = \d+/);

        const ev = await mcp.call("paused_program", {
          action: "evaluate",
          expression: "order.items.length + 100",
        });
        assert(!ev.isError, textOf(ev));
        assertEquals((ev.structuredContent?.result as { value: string }).value, "100");

        // Work that needs the program running is refused at once while it is held.
        const asked = Date.now();
        const held = await mcp.call("profile_cpu", {
          workload: { kind: "wait", seconds: 1 },
        });
        assert(held.isError, textOf(held));
        assertMatch(
          textOf(held),
          new RegExp(
            `held at ${shown(script)}:${line}\\b[\\s\\S]*paused_program \\{action: "resume"\\}`,
          ),
        );
        assert(Date.now() - asked < 1000, "refused at once");

        const step = await mcp.call("paused_program", { action: "step", step: "over" });
        assert(!step.isError, textOf(step));
        assertMatch(textOf(step), new RegExp(`at addItem ${shown(script)}:${line + 1}\\b`));

        // Nobody acts: the deadline resumes it and the request is answered.
        const started = Date.now();
        assertEquals(await pending, 200);
        pending = undefined;
        const waited = Date.now() - started;
        assert(waited >= 1000 && waited < 6000, `resumed after ${waited} ms`);
        const after = await mcp.call("paused_program", { action: "state" });
        assert(!after.isError, textOf(after));
        assertEquals(after.structuredContent?.paused, false);
        assertMatch(textOf(after), /running[\s\S]*resumed automatically at .* after 2 s paused at/);
        const auto = after.structuredContent?.autoResumed as { afterMs: number; location: string };
        assert(auto.afterMs >= 2000 && auto.afterMs < 3000, `resumed after ${auto.afterMs} ms`);
        assertEquals(auto.location, `${shown(script)}:${line + 1}`);
        assert(await answers(base), "the target answers after the automatic resume");
        const list = await mcp.call("breakpoints", { action: "list" });
        assertMatch(textOf(list), /bp1 .* if sku === "no such sku" — 0 hits/);
        assertMatch(textOf(list), new RegExp(`bp2 ${shown(script)}:${line} — 1 hit`));

        // Held again, then the client goes away: the target runs on.
        pending = post();
        await waitPaused(mcp, 5000);
        assert(!(await answers(base)), "a held target does not answer");
      } finally {
        await mcp.close();
      }
      if (pending) assertEquals(await pending, 200, "the held request completes once we left");
      assert(await answers(base), "no target is left paused");
    });
  });
}

Deno.test("a `debugger;` statement: skipped while nothing is set; held (and resumed) while a logpoint is", async () => {
  const script = new URL("../../support/debugger_statement_target.ts", import.meta.url).pathname;
  const lines = (await Deno.readTextFile(script)).split("\n");
  const lineOf = (text: string) => lines.findIndex((l) => l.trim().startsWith(text)) + 1;
  const statementLine = lineOf("debugger;");
  const logpointLine = lineOf("return Response.json({ ok: true, served })");
  const app = await startInspectTarget({
    runtime: "deno",
    script,
    withHttpPort: true,
    readyPath: "/health",
  });
  const mcp = await startMcpSession({ extraArgs: ["--auto-resume=1"] });
  const base = `http://127.0.0.1:${app.httpPort}`;
  const pause = () =>
    fetch(`${base}/pause`, { signal: AbortSignal.timeout(10_000) }).then(async (r) => (
      await r.body?.cancel(), r.status
    ));
  try {
    const c = await mcp.call("connect_inspector", { port: app.inspectPort });
    assert(!c.isError, textOf(c));
    const started = Date.now();
    assertEquals(await pause(), 200);
    assert(Date.now() - started < 500, "nothing set: the statement is skipped");

    const lp = await mcp.call("logpoints", {
      action: "add",
      file: `debugger_statement_target.ts:${logpointLine}`,
      expressions: ["served"],
    });
    assert(!lp.isError, textOf(lp));
    const pending = pause();
    const state = await waitPaused(mcp, 5000);
    assertMatch(
      state,
      new RegExp(
        `Paused \\((debugger statement|other)[^)]*\\) at .*debugger_statement_target\\.ts:${statementLine}\\b`,
      ),
    );
    assertMatch(state, /request = \{n: 2, path: "\/pause"\}/);
    assertEquals(await pending, 200, "resumed by the deadline");
    const after = await mcp.call("paused_program", { action: "state" });
    assertMatch(textOf(after), /resumed automatically/);
  } finally {
    await mcp.close();
    await app.stop();
  }
});
