/**
 * What long keys read whole say: SQL with a value written into its text, where it first differs.
 */

import { inlinedSqlValue } from "../../heap/analysis/key_texts.ts";
import { inlinedSqlFix } from "../../heap/analysis/suspect_text.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("SQL keys with a value written in: the literal, or the number, where they first differ", () => {
  const sql = (id: string, from: number) =>
    `SELECT id, kwh FROM readings WHERE meter_id = '${id}' AND taken_at >= ${from} LIMIT 50`;
  assertEquals(inlinedSqlValue([sql("M-101", 5), sql("M-102", 5)]), {
    before: "FROM readings WHERE meter_id = ",
    values: ["'M-101'", "'M-102'"],
  });
  assertEquals(inlinedSqlValue([sql("M-1", 1700), sql("M-1", 1800)]), {
    before: "= 'M-1' AND taken_at >= ",
    values: ["1700", "1800"],
  });
  assertMatch(
    inlinedSqlFix(inlinedSqlValue([sql("M-101", 5), sql("M-102", 5)])) ?? "",
    /SQL with a value written into the text \(…FROM readings WHERE meter_id = 'M-101'…, 'M-102'\)/,
  );
  // Placeholders, the same text, other text than SQL, a name that differs: nothing written in.
  const q = "SELECT * FROM t WHERE id = ?";
  assertEquals(inlinedSqlValue([q, q]), undefined);
  assertEquals(inlinedSqlValue(["SELECT * FROM t1", "SELECT * FROM t2"]), undefined);
  assertEquals(inlinedSqlValue(["GET /a/1", "GET /a/2"]), undefined);
  assertEquals(inlinedSqlFix(undefined), undefined);
});
