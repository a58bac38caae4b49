import { inProgress, room, type Session, sessionSteps } from "./darkroom.ts";
import { ledger, recentSessions, remember, waiting } from "./usage.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8817;

const json = (body: unknown, status = 200) => Response.json(body, { status });
const PAPERS = new Set(["ilford-mgrc", "ilford-mgfb", "foma-variant", "adox-mca"]);
let seq = 0;

function newSession(b: Record<string, unknown>): Session {
  const enlarger = room.get(String(b.enlarger));
  if (!enlarger || !PAPERS.has(String(b.paper)) || !b.member) {
    throw Object.assign(new Error("member, enlarger and paper required"), { status: 422 });
  }
  const exposures = (Array.isArray(b.exposures) ? b.exposures : [8]).slice(0, 12).map(Number);
  return {
    id: `D${++seq}`,
    member: String(b.member),
    enlarger,
    paper: String(b.paper),
    exposures,
    stage: "exposing",
    startedAt: Date.now(),
  };
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/test-strips" && req.method === "POST") {
    const session = newSession(await req.json());
    // A test strip is the first exposure only; close the run so the door display forgets it.
    const run = sessionSteps(session);
    try {
      const first = run.next();
      return json({ session: session.id, step: first.value }, 201);
    } finally {
      run.return(0);
    }
  }
  if (url.pathname === "/sessions" && req.method === "POST") {
    const session = newSession(await req.json());
    const steps = [...sessionSteps(session)];
    remember(session.member, session.enlarger.id, session.exposures.length);
    return json({ session: session.id, steps }, 201);
  }
  if (url.pathname === "/enlargers") {
    const free = [];
    for (const e of room) if (!e.inUse) free.push(e.id);
    let firstLarge: string | undefined;
    for (const e of room) {
      if (e.maxFormat === "4x5") {
        firstLarge = e.id;
        break;
      }
    }
    return json({ free, largeFormat: firstLarge });
  }
  if (url.pathname === "/status") {
    return json({
      inProgress: inProgress.size,
      readers: room.readers,
      ledger,
      waiting: waiting(),
      recent: recentSessions(),
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`darkroom-bookings on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    const status = (err as { status?: number }).status ?? 400;
    return json({ error: String((err as Error).message ?? err) }, status);
  }
});
