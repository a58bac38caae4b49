/**
 * What an object keeps of what the program hands it: a registered callback stays registered
 * (taken off or registered once), a written value waits for whatever consumes it.
 */

import { handedFix } from "../../heap/analysis/suspect_text.ts";
import { assert } from "../support/assert.ts";

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
