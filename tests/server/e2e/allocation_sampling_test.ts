/**
 * Allocation sampling over real stdio against real targets (--inspect on free ports): the
 * scenario-6 chat server and a small Node program; the functions that allocated what
 * survived a workload, and the faults.
 */

import { assert, assertEquals, assertMatch } from "../../support/assert.ts";
import { startLeakyTarget } from "../../support/inspect_target.ts";
import { startMcpSession, textOf } from "../../support/mcp_session.ts";
import { startChatServer } from "../../support/scenario6_server.ts";

interface Site {
  functionName: string;
  location: { display: string; line: number };
  via?: string;
  bytes: number;
  samples: number;
  callers: string[];
}

Deno.test("allocation sampling around scenario 6's workload names the functions that made what survived", async () => {
  const app = await startChatServer("leaky", { inspect: true });
  const mcp = await startMcpSession();
  try {
    const notYet = await mcp.call("stop_allocation_sampling");
    assert(notYet.isError, "stop before any session fails");
    assertMatch(textOf(notYet), /No inspector session[\s\S]*Next step/);

    assert(!(await mcp.call("connect_inspector", { port: app.inspectPort })).isError);
    const idle = await mcp.call("stop_allocation_sampling");
    assert(idle.isError, "stop without start fails");
    assertMatch(textOf(idle), /not running[\s\S]*Next step: .*start_allocation_sampling/);

    const start = await mcp.call("start_allocation_sampling", { samplingInterval: 2048 });
    assert(!start.isError, textOf(start));
    assertEquals(start.structuredContent?.samplingInterval, 2048);
    const twice = await mcp.call("start_allocation_sampling");
    assert(twice.isError, "a second start is refused while sampling runs");
    assertMatch(textOf(twice), /already runs[\s\S]*stop_allocation_sampling/);

    const sim = await mcp.call("simulate_connections", {
      url: app.wsUrl,
      clients: 60,
      messages: 5,
      durationMs: 200,
      staggerMs: 5,
    });
    assert(!sim.isError, textOf(sim));

    const stop = await mcp.call("stop_allocation_sampling");
    assert(!stop.isError, textOf(stop));
    const r = stop.structuredContent as {
      totalBytes: number;
      programBytes: number;
      sites: Site[];
    };
    assert(r.programBytes > 0 && r.programBytes <= r.totalBytes, JSON.stringify(r));
    // Each client's heartbeat timer is allocated by setInterval inside socket.onopen: the
    // function starts on the `socket.onopen = () => {` line of app.ts.
    const onopenLine =
      (await Deno.readTextFile(new URL("../../../scenario-6/app.ts", import.meta.url)))
        .split("\n").findIndex((l) => l.includes("socket.onopen = ")) + 1;
    const heartbeat = r.sites.find((s) => s.via === "setInterval");
    assert(heartbeat, `a site allocates via setInterval:\n${textOf(stop)}`);
    assertEquals(heartbeat.location.display, `scenario-6/app.ts:${onopenLine}`);
    assertMatch(heartbeat.functionName, /onopen/);
    for (let i = 1; i < r.sites.length; i++) {
      assert(r.sites[i - 1].bytes >= r.sites[i].bytes, "sites are ranked by bytes");
    }
    assert(r.sites.every((s) => !/^(ext|node):/.test(s.location.display)), "program code only");
    assertMatch(textOf(stop), /socket\.onopen scenario-6\/app\.ts:\d+ via setInterval/);
    assert(textOf(stop).length < 4000, `the text stays short (${textOf(stop).length} chars)`);

    const again = await mcp.call("stop_allocation_sampling");
    assert(again.isError, "sampling is over after a stop");
  } finally {
    await mcp.close();
    await app.stop();
  }
});

Deno.test("allocation sampling on a node --inspect target: the leaking function is named", async () => {
  const target = await startLeakyTarget("node");
  const mcp = await startMcpSession();
  try {
    assert(!(await mcp.call("connect_inspector", { port: target.inspectPort })).isError);
    assert(!(await mcp.call("start_allocation_sampling", { samplingInterval: 1024 })).isError);
    const res = await fetch(`http://127.0.0.1:${target.httpPort}/grow?n=2000`);
    assertEquals((await res.json()).records, 2000);
    const stop = await mcp.call("stop_allocation_sampling");
    assert(!stop.isError, textOf(stop));
    const sites = stop.structuredContent?.sites as Site[];
    const grow = sites[0];
    assertEquals(grow?.functionName, "grow", textOf(stop));
    assertMatch(grow.location.display, /leaky_target\.mjs:8$/);
    assert(grow.bytes > 2000 * 32, `~2,000 records of 64+ bytes each: ${grow.bytes}`);
  } finally {
    await mcp.close();
    await target.stop();
  }
});
