/**
 * The session lock: changes run one at a time in arrival order, nobody slips in when the lock
 * is handed on, a waiting call leaves when its client cancels, and nothing queues behind a
 * capture (refused at once, saying what runs).
 */

import { InspectorError } from "../../inspector/mod.ts";
import { ToolError } from "../../tools/errors.ts";
import { SessionLock } from "../../tools/session_lock.ts";
import { assertEquals, assertMatch, assertRejects } from "../support/assert.ts";

/** A change that runs until `release()` is called, logging when it starts and ends. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => release = r);
  return {
    release,
    change: async () => {
      log.push(`${name} start`);
      await released;
      log.push(`${name} end`);
      return name;
    },
  };
}

Deno.test("session lock: first come, first served, and the lock is handed on directly", async () => {
  const lock = new SessionLock();
  const log: string[] = [];
  const a = gate(log, "connect A"), b = gate(log, "connect B"), c = gate(log, "disconnect");
  const runs = [
    lock.run("connect", a.change),
    lock.run("connect", b.change),
    lock.run("disconnect", c.change),
  ];
  await Promise.resolve();
  assertEquals(log, ["connect A start"]);
  assertEquals(lock.holder?.kind, "connect");
  a.release();
  await runs[0];
  // B was handed the lock as A let go: a newcomer waits behind the disconnect.
  const late = lock.run("connect", () => Promise.resolve("late"));
  b.release();
  await runs[1];
  c.release();
  assertEquals(await Promise.all([...runs, late]), [
    "connect A",
    "connect B",
    "disconnect",
    "late",
  ]);
  assertEquals(log, [
    "connect A start",
    "connect A end",
    "connect B start",
    "connect B end",
    "disconnect start",
    "disconnect end",
  ]);
  assertEquals(lock.holder, undefined);
});

Deno.test("session lock: a capture sent after two connects runs on the second one's session", async () => {
  const lock = new SessionLock();
  let session = "none";
  const connect = (name: string) => async () => {
    session = "none"; // a connect closes the old session first
    await new Promise((r) => setTimeout(r, 5));
    session = name;
    return name;
  };
  const answers = await Promise.all([
    lock.run("connect", connect("A")),
    lock.run("connect", connect("B")),
    lock.run("capture", () => Promise.resolve(`captured from ${session}`)),
  ]);
  assertEquals(answers, ["A", "B", "captured from B"]);
});

Deno.test("session lock: nothing queues behind a capture; a cancelled waiter leaves the queue", async () => {
  const lock = new SessionLock();
  const log: string[] = [];
  const cap = gate(log, "capture");
  const running = lock.run("capture", cap.change);
  for (const kind of ["capture", "connect", "disconnect"] as const) {
    const e = await assertRejects(() => lock.run(kind, () => Promise.resolve()), ToolError);
    assertMatch(
      e.message,
      kind === "capture"
        ? /Another capture_snapshot is running/
        : /A snapshot capture is running on the current session/,
    );
  }
  cap.release();
  await running;

  const con = gate(log, "connect");
  const first = lock.run("connect", con.change);
  const abort = new AbortController();
  const waiting = lock.run("disconnect", () => Promise.resolve("never"), abort.signal);
  abort.abort();
  const e = await assertRejects(() => waiting, InspectorError);
  assertEquals(e.code, "aborted");
  con.release();
  await first;
  // The cancelled call never ran, and the lock is free.
  assertEquals(await lock.run("disconnect", () => Promise.resolve("free")), "free");
  // A change that throws releases the lock too.
  await assertRejects(() => lock.run("connect", () => Promise.reject(new Error("no"))), Error);
  assertEquals(lock.holder, undefined);
});
