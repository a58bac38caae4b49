import { NotFound, SwapCommands } from "./commands.ts";
import { ConcurrencyError, EventStore } from "./event_store.ts";
import { OpenSwapsBoard, RotaView, type Shift, WardSwapCounts } from "./projections.ts";
import { CheckpointStore, ProjectionRunner } from "./runner.ts";
import { DomainError } from "./shift_swap.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const published: Shift[] = [];
const staff = ["a.okafor", "j.lindqvist", "m.mcgrath", "p.sharma", "t.nowak", "r.evans"];
for (const ward of ["ward-7", "ward-9"]) {
  for (let day = 14; day <= 17; day++) {
    for (const slot of ["early", "late", "night"] as const) {
      const code = slot === "early" ? "E" : slot === "late" ? "L" : "N";
      published.push({
        id: `${ward === "ward-7" ? "W7" : "W9"}-03${day}-${code}`,
        ward,
        date: `2031-03-${day}`,
        slot,
        assignee: staff[published.length % staff.length],
      });
    }
  }
}

const store = new EventStore();
const rota = new RotaView(published);
const board = new OpenSwapsBoard();
const counts = new WardSwapCounts();
const runner = new ProjectionRunner(
  "rota-projections",
  [rota, board, counts],
  new CheckpointStore(),
);
store.subscribe(runner.handle);
const commands = new SwapCommands(store, rota);

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function metaOf(req: Request, user: string) {
  return { user, correlationId: req.headers.get("x-correlation-id") ?? crypto.randomUUID() };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  try {
    if (url.pathname === "/healthz") return json(200, { ok: true });
    if (url.pathname === "/swaps" && req.method === "POST") {
      const body = await req.json();
      const [event] = commands.request(body, metaOf(req, body.requestedBy));
      return json(201, { id: body.id, position: event.position });
    }
    if (parts[0] === "swaps" && parts[1] && req.method === "POST") {
      const body = await req.json().catch(() => ({}));
      const id = parts[1];
      const recorded = parts[2] === "accept"
        ? commands.accept(id, body.by, body.note ?? "", metaOf(req, body.by))
        : parts[2] === "approve"
        ? commands.approve(id, body.by, metaOf(req, body.by))
        : parts[2] === "withdraw"
        ? commands.withdraw(id, body.by, metaOf(req, body.by))
        : undefined;
      if (!recorded) return json(404, { error: "not found" });
      return json(200, { id, events: recorded.map((e) => e.type), position: store.head });
    }
    if (url.pathname === "/board") {
      const ward = url.searchParams.get("ward");
      const open = board.values().filter((s) => !ward || s.ward === ward);
      return json(200, { open: open.length, oldest: open.slice(0, 5) });
    }
    if (url.pathname === "/rota") {
      const ward = url.searchParams.get("ward");
      return json(200, rota.values().filter((s) => !ward || s.ward === ward));
    }
    if (url.pathname === "/fairness") return json(200, counts.values());
    if (parts[0] === "projections" && parts[1] && parts[2] === "rebuild" && req.method === "POST") {
      const result = runner.rebuild(parts[1]);
      return result ? json(200, result) : json(404, { error: "no such projection" });
    }
    if (url.pathname === "/projections") {
      return json(200, { ...runner.status(), head: store.head, openStreams: store.openStreams });
    }
    return json(404, { error: "not found" });
  } catch (err) {
    const status = err instanceof NotFound
      ? 404
      : err instanceof DomainError || err instanceof SyntaxError
      ? 422
      : err instanceof ConcurrencyError
      ? 409
      : 500;
    return json(status, { error: (err as Error).message });
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
console.log(`rota swaps on :${port}`);
