/**
 * Request templates: `{i}` and `{uuid}` filled per request (one UUID for a request's URL and
 * body), and placeholders refused where they could change the host.
 */

import { fillTemplate, hasPlaceholder, templateUrl, templateValues } from "../../workloads/mod.ts";
import { assert, assertEquals, assertThrows } from "../support/assert.ts";

Deno.test("templates: {i} and {uuid} filled everywhere; the UUID is fresh per request", () => {
  const a = templateValues(7);
  const b = templateValues(8);
  assert(a.uuid !== b.uuid, "a fresh UUID per request");
  assertEquals(
    fillTemplate('{"id":"u-{i}","again":"{i}","key":"{uuid}"}', a),
    `{"id":"u-7","again":"7","key":"${a.uuid}"}`,
  );
  assertEquals(
    templateUrl("http://127.0.0.1:8000/items/{i}?k={uuid}", a).href,
    `http://127.0.0.1:8000/items/7?k=${a.uuid}`,
  );
  assert(hasPlaceholder("/x/{i}") && hasPlaceholder("{uuid}") && !hasPlaceholder("/x/{id}"));
});

Deno.test("templates: a placeholder in the host or port, or no URL at all, is refused", () => {
  const v = templateValues(1);
  assertThrows(() => templateUrl("http://host{i}.example/x", v), TypeError, "not in the host");
  assertThrows(() => templateUrl("http://127.0.0.1:{i}/x", v), TypeError, "not in the host");
  assertThrows(() => templateUrl("/items/{i}", v), TypeError, "not an absolute URL");
});
