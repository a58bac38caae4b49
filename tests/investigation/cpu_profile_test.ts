/**
 * Profile ids: reserved atomically, so servers sharing a snapshot directory that profile in the
 * same second never write each other's files; an id whose profile exists is never given again.
 */

import { newProfileId, releaseProfileId } from "../../investigation/mod.ts";
import { assertEquals } from "../support/assert.ts";
import { withTempDir } from "../support/testdata.ts";

Deno.test("profile ids: three in one second differ; a released id is free unless its profile exists", async () => {
  await withTempDir(async (dir) => {
    const at = new Date("2026-01-02T15:30:00Z");
    const ids = await Promise.all([1, 2, 3].map(() => newProfileId(dir, at)));
    assertEquals(new Set(ids).size, 3, ids.join(", "));
    assertEquals(ids.sort()[0], "cpu-20260102-153000");
    // The first one's profile is written; all reservations end.
    await Deno.writeTextFile(`${dir}/${ids[0]}.cpuprofile`, "{}");
    for (const id of ids) await releaseProfileId(dir, id);
    const names: string[] = [];
    for await (const e of Deno.readDir(dir)) names.push(e.name);
    assertEquals(names, [`${ids[0]}.cpuprofile`], "no reservation left behind");
    // The written id stays taken; the released ones are free again.
    assertEquals(await newProfileId(dir, at), "cpu-20260102-153000-1");
  });
});
