/**
 * The report does not depend on the order V8 wrote the nodes in: the checked-in pairs and the
 * same pairs with their nodes shuffled (as another heap layout would have written them) give
 * the same text, suspects, figures and lines alike.
 */

import { compareSnapshotFiles, formatCompareText } from "../../../heap/mod.ts";
import { assertEquals } from "../../support/assert.ts";
import { shuffleSnapshotFile } from "../../support/shuffled_snapshot.ts";
import { unpackTestSnapshots, withTempDir } from "../../support/testdata.ts";

for (const runtime of ["deno", "node"] as const) {
  Deno.test(`compare on ${runtime}'s checked-in pair: the same report in another node order`, async () => {
    await withTempDir(async (dir) => {
      const names = [`${runtime}-before`, `${runtime}-after`] as const;
      await unpackTestSnapshots(dir, [...names]);
      const text = async (at: string) => {
        const report = await compareSnapshotFiles({
          before: `${at}/${names[0]}.heapsnapshot`,
          after: `${at}/${names[1]}.heapsnapshot`,
          cycles: 3,
        });
        return formatCompareText(report).replaceAll(at, "<dir>");
      };
      const captured = await text(dir);
      const shuffled = `${dir}/shuffled`;
      await Deno.mkdir(shuffled);
      for (const [k, name] of names.entries()) {
        for (const ext of ["heapsnapshot", "scripts.json"]) {
          await Deno.copyFile(`${dir}/${name}.${ext}`, `${shuffled}/${name}.${ext}`);
        }
        await shuffleSnapshotFile(`${shuffled}/${name}.heapsnapshot`, 17 + k);
      }
      assertEquals(await text(shuffled), captured);
    });
  });
}
