/**
 * A Deno program a fault-injection test can freeze: `GET /busy` answers, then starts a
 * synchronous loop that never ends (V8 takes no inspector command after it: no GC, no
 * snapshot); SIGSTOP and SIGCONT from the test freeze and thaw the whole process. It keeps
 * `records` objects alive (second argument) so a snapshot takes a moment to build and stream,
 * and `GET /stats` says how many.
 *
 * Usage: deno run --inspect=127.0.0.1:<p> --allow-net=127.0.0.1 frozen_target.ts <httpPort> [records]
 */

const kept: { id: number; text: string }[] = [];
for (let i = 0; i < Number(Deno.args[1] ?? 0); i++) kept.push({ id: i, text: `frozen-${i}` });

Deno.serve({ hostname: "127.0.0.1", port: Number(Deno.args[0]), onListen: () => {} }, (req) => {
  const path = new URL(req.url).pathname;
  if (path === "/busy") {
    setTimeout(() => {
      // deno-lint-ignore no-empty
      for (let spins = 0;; spins++) {}
    }, 20);
    return new Response("busy from now on");
  }
  if (path === "/stats") return Response.json({ records: kept.length });
  return new Response("not found", { status: 404 });
});
