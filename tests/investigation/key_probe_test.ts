import {
  addKeyProbe,
  keyMismatchFix,
  keyProbe,
  lookupMissFix,
  readAddKeys,
  readKeys,
} from "../../investigation/key_probe.ts";
import { assert, assertEquals } from "../support/assert.ts";

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

Deno.test("an add's key: set's first argument, add's value, a computed member assigned", () => {
  assertEquals(addKeyProbe("this.unacked.set(job.job, delivery);"), "job.job");
  assertEquals(addKeyProbe("watchers.get(room)?.add(socket);"), "socket");
  assertEquals(addKeyProbe("this.sessions[sid] = { user, at: Date.now() };"), "sid");
  assertEquals(addKeyProbe("list.push(entry);"), undefined);
  assertEquals(addKeyProbe("if (seen[id] === undefined) count++;"), undefined);
  assertEquals(readAddKeys([{ values: [{ value: "1801" }] }, { values: [{ value: "1802" }] }]), {
    handed: 2,
    example: "1801",
  });
});

Deno.test("a key that misses every time: the fix names both keys, and a type to convert to", () => {
  const typed = keyMismatchFix('"1801"', "1801");
  assert(typed.includes('handed "1801" where the add stores 1801'), typed);
  assert(typed.includes("a string where the entries are under a number"), typed);
  assert(typed.includes("Number(…)"), typed);
  const form = keyMismatchFix('"97ed6a95"', '"97ed-6a95"');
  assert(form.includes("the same value, form and type"), form);
  assert(!form.includes("convert"), form);
  assert(keyMismatchFix("Socket {…}").includes("or the same object"));
});

Deno.test("a lookup that finds nothing: the fix names it and a key it was handed", () => {
  const fix = lookupMissFix(
    { text: "const members = byLobby.get(lobby);", location: { line: 16 } },
    '"Lobby"',
  );
  assert(fix.startsWith("the lookup the removal's value comes from (line 16: const members"), fix);
  assert(fix.includes('found nothing for any key it was handed ("Lobby")'), fix);
});
