/**
 * A run of new nodes inside a doubly linked list: a recency list whose upsert() of a known id
 * links a new node at the head and leaves the old one linked, while the nodes in use move up
 * past them. The run is held from an old node on each side; judged as one structure, named by
 * the end the program keeps, with the statement that puts a new node there.
 */

import { formatCompareText } from "../../../heap/mod.ts";
import { compareProgramSnapshots } from "../../support/program_snapshots.ts";
import { assert, assertEquals, assertMatch } from "../../support/assert.ts";

const SCRIPT = new URL("../../support/heap_list_run_target.mjs", import.meta.url).pathname;

for (const order of ["", "replaced-first"]) {
  Deno.test(`list runs: new nodes linked between old ones are one list, named by its end ${order}`, async () => {
    const { report, lineOf } = await compareProgramSnapshots(SCRIPT, 400, order ? [order] : []);
    assertEquals(report.suspects.map((s) => s.name), ["sessions.head"]);
    const list = report.suspects[0];
    assertEquals(list.kind, "linked list");
    // Every replaced node but the newest (the head, still the id's) is on the run.
    const nodes = report.groups.find((g) => g.name === "{id, session, prev, next}")!;
    assert(list.added >= nodes.countAfter - nodes.countBefore - 2, `${list.added}`);
    assertEquals(list.statement?.location.line, lineOf("LIST-ADD"));
    // The index's set() replaces a known id's node without unlinking the old one.
    assertMatch(
      list.fix ?? "",
      new RegExp(
        `^upsert\\(\\) links a new node in on every call, and this\\.byId\\.set\\(id, node\\) \\(line ${
          lineOf("LIST-INDEX")
        }\\)`,
      ),
    );
    assertMatch(formatCompareText(report), /sessions\.head {2}\[linked list\] {2}\+[\d,]+ entries/);
  });
}
