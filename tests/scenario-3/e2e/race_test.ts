/**
 * scenario-3/race.ts against each build of the order service (no inspector): the buggy ones lose
 * updates and confirm an order without the stock; the fixed twins keep every item and refuse
 * the checkout — the symptoms the README promises, within seconds.
 */

import { assert, assertMatch } from "../../support/assert.ts";
import { startTargetProcess } from "../../support/inspect_target.ts";
import { scenario3Script } from "../../support/scenario3.ts";

const RACE = new URL("../../../scenario-3/race.ts", import.meta.url).pathname;

for (const runtime of ["deno", "node"] as const) {
  for (const fixed of [false, true]) {
    Deno.test(`race.ts on the ${runtime} ${fixed ? "fixed twin" : "order service"}`, async () => {
      const app = await startTargetProcess({
        runtime,
        inspect: false,
        script: scenario3Script(runtime, fixed),
        withHttpPort: true,
        httpPortFlag: "--port=",
        readyPath: "/health",
      });
      try {
        const started = Date.now();
        const out = await new Deno.Command(Deno.execPath(), {
          args: ["run", "--allow-net=127.0.0.1", RACE, `--url=http://127.0.0.1:${app.httpPort}`],
          stdout: "piped",
          stderr: "piped",
          signal: AbortSignal.timeout(30_000),
        }).output();
        const text = new TextDecoder().decode(out.stdout) + new TextDecoder().decode(out.stderr);
        assert(out.success, text);
        assert(Date.now() - started < 10_000, `took ${Date.now() - started} ms`);
        if (fixed) {
          assertMatch(text, /40 items added \(HTTP 200\), 40 in the order, version 40: none lost/);
          assertMatch(text, /HTTP 409, order out of stock: sku-5/);
        } else {
          assertMatch(
            text,
            /40 items added \(HTTP 200\), \d+ in the order, version \d+: \d+ updates lost/,
          );
          assertMatch(text, /HTTP 200, order confirmed; stock now 1/);
          assertMatch(app.output(), /unhandled rejection: .*out of stock: sku-5/);
        }
      } finally {
        await app.stop();
      }
    });
  }
}
