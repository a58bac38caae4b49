/**
 * The chat servers' flags and environment: --port, PORT, --host, and errors that name the flag.
 */

import { ConfigError, parseServerConfig } from "../../scenario-6/server_config.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("scenario-6 config: --port, PORT, --host, and specific errors", () => {
  const env = (vars: Record<string, string>) => ({ get: (name: string) => vars[name] });
  assertEquals(parseServerConfig([], env({})), { host: "127.0.0.1", port: 8086 });
  assertEquals(parseServerConfig([], env({ PORT: "9001" })).port, 9001);
  assertEquals(parseServerConfig(["--port=9002"], env({ PORT: "9001" })).port, 9002, "flag wins");
  assertEquals(parseServerConfig(["--port", "9003", "--host=0.0.0.0"], env({})), {
    host: "0.0.0.0",
    port: 9003,
  });
  const refused = (args: string[], vars: Record<string, string>, message: RegExp) => {
    try {
      parseServerConfig(args, env(vars));
    } catch (error) {
      assert(error instanceof ConfigError, `ConfigError for ${args}`);
      assertMatch(error.message, message);
      return;
    }
    throw new Error(`accepted ${JSON.stringify(args)} ${JSON.stringify(vars)}`);
  };
  refused([], { PORT: "http" }, /PORT must be a port number 0-65535, got "http"/);
  refused(["--port=70000"], {}, /--port must be a port number/);
  refused(["--port"], {}, /--port needs a value/);
  refused(["--verbose"], {}, /unknown argument "--verbose"/);
});
