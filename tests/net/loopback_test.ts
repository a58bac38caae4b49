/**
 * The loopback rule: which hosts are this machine.
 */

import { isLoopbackHost } from "../../net/mod.ts";
import { assert } from "../support/assert.ts";

Deno.test("loopback: localhost, 127/8, ::1 and mapped forms only", () => {
  for (
    const h of [
      "localhost",
      "127.0.0.1",
      "127.5.6.7",
      "::1",
      "[::1]",
      "0:0:0:0:0:0:0:1",
      "::ffff:127.0.0.1",
      "[::ffff:127.0.0.1]",
      // What `new URL("http://[::ffff:127.0.0.1]:9229").hostname` gives.
      "[::ffff:7f00:1]",
      "0:0:0:0:0:ffff:7f01:203",
    ]
  ) {
    assert(isLoopbackHost(h), h);
  }
  for (
    const h of [
      "10.0.0.1",
      "0.0.0.0",
      "example.com",
      "128.0.0.1",
      "localhost.example.com",
      "::",
      "::2",
      "[::ffff:a00:1]",
      "::ffff:10.0.0.1",
      "1::1",
      "::ffff:127.0.0.256",
      ":::1",
      "::1::",
      "12345::1",
    ]
  ) {
    assert(!isLoopbackHost(h), h);
  }
});

Deno.test("loopback: a URL naming an IPv4-mapped loopback address is loopback", () => {
  assert(isLoopbackHost(new URL("http://[::ffff:127.0.0.1]:9229").hostname));
  assert(!isLoopbackHost(new URL("http://[::ffff:10.0.0.1]:9229").hostname));
});
