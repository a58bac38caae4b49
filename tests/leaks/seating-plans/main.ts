import { getPlan, moveGuest, PlanError, summary, tableCard, undo } from "./plans.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new PlanError(400, `bad JSON: ${(err as Error).message}`);
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (parts[0] !== "plans" || !parts[1]) return json(404, { error: "not found" });
  const id = decodeURIComponent(parts[1]);

  if (parts.length === 2 && req.method === "GET") return json(200, summary(id));
  // PATCH /plans/:id/seats {guest, table, seat, note?}
  if (parts[2] === "seats" && req.method === "PATCH") {
    return json(200, moveGuest(id, await readBody(req)));
  }
  if (parts[2] === "undo" && req.method === "POST") return json(200, undo(id));
  // GET /plans/:id/tables/:n (the printed table card)
  if (parts[2] === "tables" && parts[3] && req.method === "GET") {
    return json(200, tableCard(id, Number(parts[3])));
  }
  if (parts[2] === "export" && req.method === "GET") {
    const plan = getPlan(id);
    const rows = plan.tables.flatMap((seats, t) =>
      seats.map((g, s) => `${plan.tableNames[t]},${s + 1},${plan.guests.get(g)?.name ?? ""}`)
    );
    return new Response(["table,seat,guest", ...rows].join("\n"), {
      headers: { "content-type": "text/csv" },
    });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof PlanError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
