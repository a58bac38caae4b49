import { Container, type Scope } from "./container.ts";
import { MemberReadModel, PointsService, TierUpgradePolicy } from "./loyalty.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const container = new Container()
  .register("members", "singleton", () =>
    new MemberReadModel([
      { memberId: "M-1001", name: "Ines Duarte" },
      { memberId: "M-1002", name: "Tom Baker" },
      { memberId: "M-1003", name: "Sanne de Vries" },
    ]))
  .register("pointsRate", "singleton", () => 1.5)
  .register(
    "tierPolicy",
    "transient",
    (s) => new TierUpgradePolicy(s.resolve("members"), s.resolve<string>("channel")),
  )
  .register("channel", "scoped", () => "web")
  .register(
    "pointsService",
    "scoped",
    (s) =>
      new PointsService(s.resolve("members"), s.resolve("tierPolicy"), s.resolve("pointsRate")),
  );

async function handle(req: Request, scope: Scope): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return Response.json({ ok: true });

  const members = scope.resolve<MemberReadModel>("members");
  if (url.pathname === "/stats") return Response.json({ observers: members.observerCount });

  // POST /members/:id/purchases {amount, ref}
  if (req.method === "POST" && parts[0] === "members" && parts[2] === "purchases") {
    const body = await req.json();
    const amount = Number(body.amount);
    if (!(amount > 0)) return Response.json({ error: "amount required" }, { status: 422 });
    const service = scope.resolve<PointsService>("pointsService");
    const view = service.recordPurchase(parts[1], amount, String(body.ref ?? ""));
    if (!view) return Response.json({ error: "no such member" }, { status: 404 });
    return Response.json(view, { status: 201 });
  }

  // GET /members/:id
  if (req.method === "GET" && parts[0] === "members" && parts.length === 2) {
    const view = members.get(parts[1]);
    return view ? Response.json(view) : Response.json({ error: "no such member" }, { status: 404 });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  {
    hostname: "127.0.0.1",
    port,
    onListen: ({ port }) => console.log(`loyalty-tiers on http://127.0.0.1:${port}`),
  },
  async (req) => {
    const scope = container.createScope();
    try {
      return await handle(req, scope);
    } catch (err) {
      return Response.json({ error: String((err as Error).message ?? err) }, { status: 400 });
    } finally {
      scope.dispose();
    }
  },
);
