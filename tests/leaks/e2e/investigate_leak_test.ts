/**
 * `investigate_leak` on corpus programs with HTTP workloads (Deno and Node), one call each over
 * stdio with the real SDK client: the expected cause named first, on its adding line, quoted
 * with `file:line` in at most 4 K characters of text, and no other suspect; the line check's
 * logpoints counted the adding statement on every cycle (and a removal the workload never
 * reaches at 0), and read that a removal missing by its key held none of the keys it was handed,
 * or that the lookup its value comes from found none.
 */

import { relative, resolve } from "node:path";
import { CASES, type LeakCase } from "../cases.ts";
import { anchorLine, judge } from "../judge.ts";
import { assert } from "../../support/assert.ts";
import { startInspectTarget } from "../../support/inspect_target.ts";
import {
  type McpTestSession,
  REPO_ROOT,
  startMcpSession,
  textOf,
} from "../../support/mcp_session.ts";

/**
 * One-request workloads, Deno and Node: a cache keyed by a per-request query value ({i}),
 * EventEmitter and AbortSignal listeners, setInterval timers; a mix of four endpoints (an
 * unread stream written by each); and a cache a package fills (cache-manager over Keyv).
 */
const IDS = [
  "access-audit",
  "feature-flags",
  "rate-quotes",
  "deploy-status",
  "report-export",
  "product-catalog",
  "session-store",
  "stock-watch",
  "dashboard-warmer",
  "festival-ticket-errors",
  "job-runner",
  "lobby-members",
  "reverse-geocode",
];

/**
 * Services whose removal runs on every cycle with a key the map does not hold: a 32-hex id
 * where the entries are filed under the dashed UUID (Deno, a private field), the id string from
 * the URL where they are filed under the body's number (Node).
 */
const KEY_MISSES = new Set(["festival-ticket-errors", "job-runner"]);

/** Text budget of one investigation's answer (issue 12). */
const TEXT_BUDGET = 4000;

/** The case's workload as investigate_leak's http workload: its first step, the others mixed in. */
function httpWorkload(c: LeakCase, port: number) {
  const request = (step: LeakCase["workload"][number]) => ({
    url: `http://127.0.0.1:${port}${step.path}`,
    ...(step.method ? { method: step.method } : {}),
    ...(step.body !== undefined ? { body: step.body } : {}),
    ...(step.headers ? { headers: step.headers } : {}),
  });
  const [first, ...more] = c.workload;
  return { kind: "http", ...request(first), ...(more.length ? { more: more.map(request) } : {}) };
}

Deno.test("investigate_leak on corpus services: named on the adding line, quoted, ≤ 4 K", async (t) => {
  // One server for every service, as one user's client would keep it.
  const mcp = await startMcpSession();
  try {
    for (const id of IDS) await t.step(id, () => investigate(mcp, id));
  } finally {
    await mcp.close();
  }
});

async function investigate(mcp: McpTestSession, id: string) {
  const c = CASES.find((x) => x.id === id)!;
  const caseDir = `${REPO_ROOT}/tests/leaks/${c.id}`;
  const target = await startInspectTarget({
    runtime: c.runtime,
    script: `${caseDir}/${c.entry}`,
    runtimeFlags: c.runtime === "deno" ? c.denoFlags ?? ["--allow-net=127.0.0.1"] : [],
    withHttpPort: true,
    httpPortFlag: "--port=",
    readyPath: "/healthz",
  });
  try {
    const r = await mcp.call("investigate_leak", {
      port: target.inspectPort,
      workload: httpWorkload(c, target.httpPort!),
    }, { timeoutMs: 300_000 });
    const text = textOf(r);
    assert(!r.isError, `${id}: ${text}`);
    assert(text.length <= TEXT_BUDGET, `${id}: ${text.length} characters:\n${text}`);
    if (JSON.stringify(c.workload).includes("{i}")) {
      assert(text.includes("and counts on from one call to the next"), text);
    }
    const v = judge(c, r.structuredContent as never, caseDir);
    assert(v.named && v.lineRight, `${id}: ${v.notes.join("; ")}\n${text}`);
    assert(v.falseSuspects.length === 0, `${id}: false suspects ${v.falseSuspects}\n${text}`);
    // The line check counted the adding statement over its 10 cycles: it runs on each one.
    const first = (r.structuredContent as {
      suspects: { statement?: { ran?: { times: number; cycles: number } } }[];
    }).suspects[0];
    const ran = first.statement?.ran;
    assert(ran && ran.cycles === 10 && ran.times >= 10, `${id}: ran ${JSON.stringify(ran)}`);
    if (id === "session-store") {
      // The workload only logs in: the delete on logout is never reached, and the count says so.
      const removal = (first as { removals?: { ran?: { times: number } }[] }).removals?.[0];
      assert(removal?.ran?.times === 0, `${id}: removal ran ${JSON.stringify(removal?.ran)}`);
    }
    if (id === "lobby-members") {
      // The lookup the removal's value comes from found nothing for the name as sent.
      const removal = (first as {
        removals?: {
          ran?: { times: number };
          lookup?: { keys?: { handed: number; held?: number } };
        }[];
      }).removals?.[0];
      const keys = removal?.lookup?.keys;
      assert(keys && keys.handed >= 5 && keys.held === 0, `${id}: lookup ${JSON.stringify(keys)}`);
      assert(removal?.ran?.times === 0, `${id}: removal ran ${JSON.stringify(removal?.ran)}`);
      assert(text.includes('which found nothing for any key it was handed ("Lobby")'), text);
    }
    if (KEY_MISSES.has(id)) {
      // The removal's logpoint read the keys it was handed: none was in the map.
      const removal = (first as { removals?: { keys?: { handed: number; held: number } }[] })
        .removals?.[0];
      const keys = removal?.keys;
      assert(keys && keys.handed >= 5 && keys.held === 0, `${id}: keys ${JSON.stringify(keys)}`);
      assert(text.includes("keys it was handed was there ("), text);
      // The fix says so, with the add's key beside the removal's.
      assert(/fix: the removal runs but none of the keys it is handed/.test(text), text);
      if (id === "job-runner") {
        assert(text.includes("a string where the entries are under a number"));
      }
    }
    if (id === "reverse-geocode") {
      // The add is in a package (Keyv's store.set): the program's own line its runs came from,
      // awaited through cache-manager, is named beside it.
      const from = (first as { statement?: { reachedFrom?: { times: number } } }).statement
        ?.reachedFrom;
      assert(from && from.times >= 5, `${id}: reached from ${JSON.stringify(from)}`);
      assert(
        /reached from the program at tests\/leaks\/reverse-geocode\/server\.mjs:\d+ {2}.*cache\.wrap\(/
          .test(text),
        text,
      );
    }
    const adds = c.expect!.adds;
    const line = anchorLine(caseDir, adds);
    const quoted = (await Deno.readTextFile(`${caseDir}/${adds.file}`)).split("\n")[line - 1];
    const where = `${relative(REPO_ROOT, resolve(caseDir, adds.file))}:${line}`;
    assert(
      text.includes(`${where}  ${quoted.trim().slice(0, 60)}`),
      `${id}: the text quotes ${where}:\n${text}`,
    );
  } finally {
    await target.stop();
  }
}
