/**
 * Finding the target's process without running code in it: the pid in a Deno target's title,
 * the inspector port a command line asks for, the endpoint of a session's debugger URL.
 */

import { inspectorEndpoint, inspectPortOf, pidFromTitle } from "../../inspector/mod.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("pidFromTitle: Deno's `[pid: N]`; nothing in Node's title", () => {
  assertEquals(pidFromTitle("deno - main [pid: 8678]"), 8678);
  assertEquals(pidFromTitle("server.mjs"), undefined);
  assertEquals(pidFromTitle(undefined), undefined);
});

Deno.test("inspectPortOf: every spelling of --inspect, 9229 when none is given", () => {
  assertEquals(inspectPortOf("deno run --inspect=127.0.0.1:39411 main.ts"), 39411);
  assertEquals(inspectPortOf("node --inspect-brk=9230 app.js"), 9230);
  assertEquals(inspectPortOf("node --inspect-wait=[::1]:9231 app.js"), 9231);
  assertEquals(inspectPortOf("node --inspect app.js"), 9229);
  assertEquals(inspectPortOf("node --inspect --inspect-port=9300 app.js"), 9300);
  assertEquals(inspectPortOf("node app.js --inspector=1"), undefined);
  assertEquals(inspectPortOf("node app.js"), undefined);
});

Deno.test("inspectorEndpoint: host and port of the debugger URL", () => {
  const info = {
    runtime: "Deno",
    version: "2.9.6",
    webSocketDebuggerUrl: "ws://127.0.0.1:39411/7cb2386e",
  };
  assertEquals(inspectorEndpoint(info), { host: "127.0.0.1", port: 39411 });
});
