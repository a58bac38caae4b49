/**
 * Server flags: --snapshot-dir, --root (repeatable), --allow-remote, and errors naming the flag.
 */

import { ConfigError, parseConfig } from "../../server/config.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("flags: --snapshot-dir, --root (repeatable), --allow-remote; unknown flags are named", () => {
  const c = parseConfig([
    "--snapshot-dir=out/snaps",
    "--root",
    "/srv/app",
    "--root=lib",
    "--allow-remote",
    "--allow-eval",
  ], "/home/me/proj");
  assertEquals(c.snapshotDir, "/home/me/proj/out/snaps");
  assertEquals(c.roots, ["/srv/app", "/home/me/proj/lib"]);
  assertEquals(c.allowRemote, true);
  assertEquals(c.allowEval, true);
  const d = parseConfig([], "/p");
  assertEquals(d.snapshotDir, "/p/snapshots");
  assertEquals(d.allowRemote, false);
  assertEquals(d.allowEval, false, "no code runs in the target unless the user allows it");
  try {
    parseConfig(["--snapshot-dri=x"], "/p");
    throw new Error("should have thrown");
  } catch (e) {
    assert(e instanceof ConfigError);
    assertMatch(e.message, /Unknown argument "--snapshot-dri=x"[\s\S]*--snapshot-dir=DIR/);
  }
  try {
    parseConfig(["--root"], "/p");
    throw new Error("should have thrown");
  } catch (e) {
    assert(e instanceof ConfigError);
    assertMatch(e.message, /--root needs a value/);
  }
});

Deno.test("flags: --target-timeout in seconds, bounded and named when wrong", () => {
  assertEquals(parseConfig([], "/p").targetTimeoutMs, 30_000);
  assertEquals(parseConfig(["--target-timeout=2.5"], "/p").targetTimeoutMs, 2500);
  for (const bad of ["--target-timeout=0", "--target-timeout=abc", "--target-timeout=99999"]) {
    try {
      parseConfig([bad], "/p");
      throw new Error(`${bad} should have thrown`);
    } catch (e) {
      assert(e instanceof ConfigError, String(e));
      assertMatch(e.message, /--target-timeout=.*: expected seconds from 1 to 3600/);
    }
  }
});

Deno.test("flags: --auto-resume in seconds (default 30); --allow-evaluate is --allow-eval", () => {
  assertEquals(parseConfig([], "/p").autoResumeMs, 30_000);
  assertEquals(parseConfig(["--auto-resume=2"], "/p").autoResumeMs, 2000);
  assertEquals(parseConfig(["--allow-evaluate"], "/p").allowEval, true);
  for (const bad of ["--auto-resume=0", "--auto-resume=x", "--auto-resume=4000"]) {
    try {
      parseConfig([bad], "/p");
      throw new Error(`${bad} should have thrown`);
    } catch (e) {
      assert(e instanceof ConfigError, String(e));
      assertMatch(e.message, /--auto-resume=.*: expected seconds from 1 to 3600/);
    }
  }
});
