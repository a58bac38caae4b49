import { keyProbe, readKeys } from "../../investigation/key_probe.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("key probe: the key a removal is handed and whether its collection holds it", () => {
  assertEquals(keyProbe("this.#inflight.delete(hex);"), {
    key: "hex",
    holds: "this.#inflight.has(hex)",
  });
  assertEquals(keyProbe("if (entry.done) rooms.get(room.id)?.delete(socket);"), {
    key: "socket",
    holds: "rooms.get(room.id)?.has(socket)",
  });
  assertEquals(keyProbe("return cache.delete(keyOf(req.url, { lang }));"), {
    key: "keyOf(req.url, { lang })",
    holds: "cache.has(keyOf(req.url, { lang }))",
  });
  assertEquals(keyProbe("delete this.sessions[sid.toLowerCase()];"), {
    key: "sid.toLowerCase()",
    holds: "Object.hasOwn(this.sessions, sid.toLowerCase())",
  });
  assertEquals(keyProbe("delete state.byUser?.[u.id]"), {
    key: "u.id",
    holds: "Object.hasOwn(state.byUser, u.id)",
  });
  // Not keyed, or not whole on the line: nothing to probe.
  assertEquals(keyProbe("emitter.removeListener('data', onData);"), undefined);
  assertEquals(keyProbe("delete opts.timeout;"), undefined);
  assertEquals(keyProbe("pending.delete("), undefined);
  assertEquals(keyProbe("const ok = 1.delete(x)"), undefined);
});

Deno.test("key readings: handed and held counted, a missed key shown first", () => {
  const hit = (key: string, holds: string) => ({ values: [{ value: key }, { value: holds }] });
  assertEquals(readKeys([hit('"a1"', "false"), hit('"a2"', "false")]), {
    handed: 2,
    held: 0,
    example: '"a1"',
  });
  assertEquals(readKeys([hit('"a1"', "true"), hit('"b"', "false")]), {
    handed: 2,
    held: 1,
    example: '"b"',
  });
  // A refused evaluation is not a reading.
  assertEquals(readKeys([hit('"a1"', "⚠ refused: it may have side effects")]), undefined);
  assertEquals(readKeys([hit("⚠ ReferenceError", "false")]), undefined);
});
