/**
 * A logpoint on an add inside a package: the program's own line most of its runs came from
 * (the first frame in the program's code, recorded with each hit) is where the program hands
 * the package what it keeps.
 */

import { programCallerOf } from "../../investigation/line_check.ts";
import type { LogpointHit } from "../../inspector/mod.ts";
import { assertEquals } from "../support/assert.ts";

const url = "file:///srv/geo/server.mjs";
const hit = (line?: number, code?: string): LogpointHit => ({
  seq: 1,
  logpoint: "lp1",
  at: "2026-12-07T00:00:00.000Z",
  values: [],
  frame: "set node_modules/keyv/dist/index.js:723",
  ...(line === undefined ? {} : {
    programCaller: {
      function: "reverse",
      location: `server.mjs:${line}`,
      url,
      line,
      column: 24,
      ...(code ? { code } : {}),
    },
  }),
});

Deno.test("the program's line most runs of a package's add came from, quoted", () => {
  const wrap = "const result = await cache.wrap(`reverse:${lat},${lon}`, () => {";
  const from = programCallerOf([hit(35, wrap), hit(35, wrap), hit(52, "warm(key)"), hit()]);
  assertEquals(from?.location.line, 35);
  assertEquals(from?.location.url, url);
  assertEquals(from?.text, wrap);
  assertEquals(from?.times, 2);
  // Its code unread: the function it ran in.
  assertEquals(programCallerOf([hit(35)])?.text, "reverse()");
  // No hit came through the program's code (the package's own timer): nothing to say.
  assertEquals(programCallerOf([hit(), hit()]), undefined);
});
