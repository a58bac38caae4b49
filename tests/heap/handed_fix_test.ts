/**
 * What an object keeps of what the program hands it: a registered callback stays registered
 * (taken off or registered once), a written value waits for whatever consumes it.
 */

import { handedFix, unreadBranchFix } from "../../heap/analysis/suspect_text.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assert, assertEquals } from "../support/assert.ts";

Deno.test("a callback handed to on() is kept registered, not waiting to be read", () => {
  const on = handedFix({ owner: "server.events", method: "on", consumers: [] }, false);
  assert(on.includes("keeps each callback on() registers"), on);
  assert(on.includes("register once"), on);
  assert(!on.includes("consumes"), on);
  const write = handedFix({ owner: "auditStream", method: "write", consumers: [] }, false);
  assert(write.includes("until something consumes it"), write);
  // A removal that exists and misses: said as such, whatever the call.
  const undone = handedFix({ owner: "server.events", method: "on", consumers: [] }, true);
  assert(undone.includes("takes it back misses these"), undone);
});

Deno.test("a callback that returns before reading what it was handed leaves it kept", () => {
  const url = "file:///p/brochures.mjs";
  const lines = [
    "export function fetchOne(options) {", //                            1
    "  return new Promise((resolve, reject) => {", //                    2
    "    const req = http.get(options, (res) => {", //                   3
    "      if (res.statusCode === 404) return resolve(null);", //       4
    "      if (res.statusCode !== 200) {", //                            5
    "        res.resume();", //                                          6
    "        return reject(new Error('status'));", //                    7
    "      }", //                                                        8
    "      res.on('data', (c) => chunks.push(c));", //                   9
    "    });", //                                                       10
    "  });", //                                                         11
    "}", //                                                             12
  ];
  const statement = { location: sourceLocation(url, 3, 17), text: lines[2].trim() };
  const fix = unreadBranchFix([[url, lines.join("\n")]], statement, "agent");
  assertEquals(
    fix,
    "agent keeps each res the callback above is handed until it is read: the callback returns " +
      "at line 4 (if (res.statusCode === 404) return resolve(null);) without reading res, as " +
      "it does at line 6 (res.resume();). Read or discard it there too (res.resume() drops an " +
      "unread body), or destroy it",
  );
  // Read on every path before any return: nothing to say.
  const read = [...lines];
  read[3] = "      res.resume();";
  assertEquals(unreadBranchFix([[url, read.join("\n")]], statement, "agent"), undefined);
  // A callback that never reads it at all is not this mistake.
  const never = lines.slice(0, 4).concat(["    });", "  });", "}"]);
  assertEquals(unreadBranchFix([[url, never.join("\n")]], statement, "agent"), undefined);
});
