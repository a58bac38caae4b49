/**
 * The loopback rule: which hosts are this machine.
 */

import { isLoopbackHost } from "../../net/mod.ts";
import { assert } from "../support/assert.ts";

Deno.test("loopback: localhost, 127/8, ::1 and mapped forms only", () => {
  for (const h of ["localhost", "127.0.0.1", "127.5.6.7", "::1", "[::1]", "::ffff:127.0.0.1"]) {
    assert(isLoopbackHost(h), h);
  }
  for (
    const h of ["10.0.0.1", "0.0.0.0", "example.com", "128.0.0.1", "localhost.example.com", "::"]
  ) {
    assert(!isLoopbackHost(h), h);
  }
});
