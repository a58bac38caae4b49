/**
 * When a capture's own RSS growth is worth saying: a lot (32 MB) and to half again the size —
 * 46 MB → 184 MB is, a busy server's 400 → 440 MB is not — and the note capture_snapshot adds.
 */

import { captureGrewRss } from "../../inspector/mod.ts";
import { captureRssNote } from "../../tools/capture_snapshot.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

const MB = 1024 * 1024;

Deno.test("captureGrewRss: much, and relative to the size before", () => {
  assert(captureGrewRss(46 * MB, 184 * MB));
  assert(!captureGrewRss(400 * MB, 440 * MB), "+40 MB of 400 MB is not half again");
  assert(!captureGrewRss(10 * MB, 30 * MB), "+20 MB is not much");
  assertMatch(
    captureRssNote(46 * MB, 184 * MB),
    /^\nThe capture itself grew the target's RSS 46\.0 MB → 184\.0 MB: .*not a leak\.$/,
  );
  assertEquals(captureRssNote(undefined, 184 * MB), "");
  assertEquals(captureRssNote(400 * MB, 440 * MB), "");
});
