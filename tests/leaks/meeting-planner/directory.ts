/**
 * Stand-in for the staff directory (in the same process so the planner runs on its own):
 * each person's time zone and working hours.
 */
const PEOPLE: Record<string, { tz: string; from: number; to: number }> = {
  noor: { tz: "Europe/Amsterdam", from: 9, to: 17 },
  kwame: { tz: "Africa/Accra", from: 8, to: 16 },
  mei: { tz: "Asia/Singapore", from: 9, to: 18 },
  dana: { tz: "America/New_York", from: 8, to: 17 },
  ravi: { tz: "Asia/Kolkata", from: 10, to: 19 },
};

export function startDirectory(): string {
  const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen() {} }, (req) => {
    const m = /^\/people\/([a-z]+)$/.exec(new URL(req.url).pathname);
    const person = m && PEOPLE[m[1]];
    if (!person) return Response.json({ error: "unknown person" }, { status: 404 });
    return Response.json({ login: m[1], ...person });
  });
  return `http://127.0.0.1:${server.addr.port}`;
}
