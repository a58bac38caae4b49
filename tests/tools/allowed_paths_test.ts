/**
 * Root containment: which paths lie inside an allowed root.
 */

import { isInside } from "../../tools/allowed_paths.ts";
import { assert } from "../support/assert.ts";

Deno.test("root containment is by path segments, not string prefixes", () => {
  assert(isInside("/work/app", "/work/app"));
  assert(isInside("/work/app", "/work/app/src/a.ts"));
  assert(!isInside("/work/app", "/work/app2/a.ts"));
  assert(!isInside("/work/app", "/work/other"));
  assert(!isInside("/work/app", "/etc/passwd"));
  assert(!isInside("/work/app", "/work"));
  // A name that starts with two dots is inside, not a way out.
  assert(isInside("/work/app", "/work/app/..hidden.ts"));
  assert(isInside("/work/app", "/work/app/..."));
});
