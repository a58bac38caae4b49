import { Register } from "./register.ts";
import { parseCheckIn, STAFF } from "./members.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const registers = new Map<string, Register>([
  ["tutti-thu", new Register("tutti-thu", "Lutherse Kerk, Haarlem")],
  ["sectional-tenors", new Register("sectional-tenors", "Zaal 2, Philharmonie")],
]);
for (const register of registers.values()) {
  for (const staff of STAFF) register.checkIn(staff, true);
}

/** Who left without checking out, by rehearsal (a text the next day); last 30. */
const notices: { rehearsal: string; member: string; at: number }[] = [];

function json(body: unknown, status = 200) {
  return Response.json(body, { status });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (parts[0] !== "rehearsals" || !parts[1]) return json({ error: "not found" }, 404);
  const register = registers.get(parts[1]);
  if (!register) return json({ error: `no rehearsal ${parts[1]}` }, 404);

  if (parts[2] === "checkin" && req.method === "POST") {
    const input = parseCheckIn(await req.json());
    if (typeof input === "string") return json({ error: input }, 400);
    try {
      const entry = register.checkIn(input);
      return json({ welcome: `${entry.given} ${entry.surname}`, voice: entry.voice }, 201);
    } catch (err) {
      return json({ error: (err as Error).message }, 409);
    }
  }
  if (parts[2] === "checkout" && req.method === "POST") {
    const body = await req.json() as { member?: string; surname?: string; given?: string };
    if (!body.member || !body.surname || !body.given) return json({ error: "who?" }, 400);
    const left = register.checkOut(body.member, body.surname.trim(), body.given.trim());
    if (!left) {
      notices.unshift({ rehearsal: register.rehearsal, member: body.member, at: Date.now() });
      if (notices.length > 30) notices.length = 30;
    }
    return json({ goodbye: `${body.given} ${body.surname}` });
  }
  if (parts[2] === "register") {
    return json({
      rehearsal: register.rehearsal,
      venue: register.venue,
      ...register.counts(),
      singers: register.present(url.searchParams.get("voice") ?? undefined).slice(0, 40),
    });
  }
  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`choir check-in on :${port}`) },
  handle,
);
