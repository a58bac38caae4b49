/**
 * A tiny Deno service with a `debugger;` statement in one handler (`/pause`), for tests of how
 * the server treats pauses it did not set. `/health` answers 200.
 *
 * @module
 */

let served = 0;

Deno.serve({ port: Number(Deno.args[0]), hostname: "127.0.0.1", onListen() {} }, (req) => {
  const path = new URL(req.url).pathname;
  if (path === "/pause") {
    const request = { n: ++served, path };
    // deno-lint-ignore no-debugger -- the statement is what the test pauses on
    debugger;
    return Response.json(request);
  }
  return Response.json({ ok: true, served });
});
