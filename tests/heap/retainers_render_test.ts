/**
 * Retainer paths in words: the runtime's own objects before the program's first one collapse
 * into what they are (the active timer list, an emitter's listeners), an EventEmitter's
 * `._events.update` hop reads `'update' listeners`, and each scope prints its own id.
 */

import { listenerWords, renderChain } from "../../heap/analysis/retainers.ts";
import type { RetainerStep } from "../../heap/mod.ts";
import { assertEquals } from "../support/assert.ts";

const step = (node: string, nodeId: number, edgeType?: string, edge?: string): RetainerStep => ({
  node,
  nodeId,
  ...(edgeType ? { edgeType, edge } : {}),
});

Deno.test("renderChain: the runtime's timer list in words, then the program's own path", () => {
  const steps = [
    step("(synthetic)", 1),
    step("(GC roots)", 3, "element", "[1]"),
    step("(Global handles)", 5, "element", "[10]"),
    step("{TIMEOUT_MAX, kDestroy}", 7, "internal", "[3]"),
    step("Timeout()", 9, "property", "Timeout"),
    step("scope of Timeout()", 11, "internal", "context"),
    step("Map", 13, "context", "G"),
    step("(anonymous)", 15, "property", "_onTimeout"),
    step("scope of (anonymous)", 17, "internal", "context"),
    step("{id, heartbeat}", 19, "context", "conn"),
    step("Array", 21, "property", "messageBuffer"),
  ];
  const roles = [
    undefined,
    undefined,
    undefined,
    undefined,
    "runtime",
    "runtime",
    undefined,
    "program",
    "program",
    undefined,
    undefined,
  ] as const;
  assertEquals(
    renderChain(steps, [...roles]),
    "(root) ─[1]→ (GC roots) ─[10]→ (Global handles) → [runtime active timer list] " +
      "─._onTimeout→ (anonymous) → scope of (anonymous) @17 ─conn→ {id, heartbeat} " +
      "─.messageBuffer→ Array",
  );
});

Deno.test("renderChain: an emitter's listener table reads as listeners; two scopes keep their own ids", () => {
  const steps = [
    step("(synthetic)", 1),
    step("RateFeed", 3, "context", "rates"),
    step("Object (dictionary)", 5, "property", "_events"),
    step("Array", 7, "property", "update"),
    step("(anonymous)", 9, "element", "[200]"),
    step("scope of (anonymous)", 11, "internal", "context"),
    step("Object", 13, "context", "quote"),
  ];
  assertEquals(
    renderChain(steps),
    "(root) ─rates→ RateFeed ─'update' listeners→ Array ─[200]→ (anonymous) → " +
      "scope of (anonymous) @11 ─quote→ Object",
  );
  const other = steps.map((s) => s.nodeId === 11 ? { ...s, nodeId: 99 } : s);
  assertEquals(renderChain(other).includes("scope of (anonymous) @99"), true);
});

Deno.test("listenerWords: `._events.<type>` in an owner path", () => {
  assertEquals(listenerWords("rates._events.update[3]"), "rates 'update' listeners[3]");
  assertEquals(listenerWords("conn.heartbeat"), "conn.heartbeat");
});
