/**
 * URLs shown back to the user never carry their credentials.
 */

import { displayUrl } from "../../net/mod.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("displayUrl: user and password are masked, everything else is kept", () => {
  assertEquals(
    displayUrl("http://admin:s3cret@127.0.0.1:8086/stats?x=1"),
    "http://***@127.0.0.1:8086/stats?x=1",
  );
  assertEquals(displayUrl(new URL("ws://tok@localhost/ws")), "ws://***@localhost/ws");
  assertEquals(displayUrl("http://127.0.0.1:8086/stats"), "http://127.0.0.1:8086/stats");
  assertEquals(displayUrl("not a url"), "not a url");
});
