/** How requests were answered, in words: most frequent status first. */

import { statusList } from "../../investigation/mod.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("statuses by count, the most frequent first", () => {
  assertEquals(statusList({ "201": 3, "409": 5, "500": 1 }), "409 ×5, 201 ×3, 500 ×1");
  assertEquals(statusList({}), "");
});
