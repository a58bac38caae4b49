/**
 * URLs shown back to the user never carry their credentials.
 */

import { displayUrl, maskCredentials } from "../../net/mod.ts";
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

Deno.test("maskCredentials: an error that quotes the URL keeps no password", () => {
  const url = "http://admin:s3cret@127.0.0.1:8086/stats";
  assertEquals(
    maskCredentials(
      "error sending request for url (http://admin:s3cret@127.0.0.1:8086/stats)",
      url,
    ),
    "error sending request for url (http://***@127.0.0.1:8086/stats)",
  );
  assertEquals(maskCredentials("no creds here", "http://127.0.0.1/"), "no creds here");
});
