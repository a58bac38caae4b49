import { desk, DeskError } from "./desk.ts";
import type { ReturnCase, ReturnEvent } from "./flow.ts";
import { findOrder } from "./orders.ts";
import { type Condition, formatCents, type Reason, type ReturnLine } from "./refunds.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8173;

const RETURN = new URLPattern({ pathname: "/returns/:id" });
const EVENTS = new URLPattern({ pathname: "/returns/:id/events" });
const REASONS = new Set<Reason>([
  "too-small",
  "too-large",
  "not-as-described",
  "defective",
  "wrong-item",
]);
const CONDITIONS = new Set<Condition>(["resaleable", "opened", "defective", "damaged"]);
const RMA_ID = /^RMA-[0-9A-Z-]{1,24}$/;

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new DeskError(400, "expected a JSON object");
  }
  return body;
}

function parseReturn(body: Record<string, unknown>): ReturnCase {
  const id = String(body.id ?? "").toUpperCase();
  if (!RMA_ID.test(id)) throw new DeskError(422, "id must look like RMA-…");
  const order = findOrder(String(body.order ?? ""));
  if (!order) throw new DeskError(422, `unknown order ${body.order}`);
  const reason = String(body.reason) as Reason;
  if (!REASONS.has(reason)) throw new DeskError(422, `unknown reason ${body.reason}`);
  if (!Array.isArray(body.lines) || body.lines.length === 0) {
    throw new DeskError(422, "a return needs at least one line");
  }
  const lines: ReturnLine[] = body.lines.map((raw: { sku?: unknown; qty?: unknown }) => {
    const line = order.lines.find((l) => l.sku === raw.sku);
    if (!line) throw new DeskError(422, `${raw.sku} is not on ${order.id}`);
    const returnQty = Number(raw.qty ?? 1);
    if (!Number.isInteger(returnQty) || returnQty < 1 || returnQty > line.qty) {
      throw new DeskError(422, `qty for ${line.sku} must be 1-${line.qty}`);
    }
    return { ...line, returnQty };
  });
  return {
    id,
    order,
    lines,
    reason,
    channel: body.channel === "dropoff" ? "dropoff" : "courier",
    customerNote: String(body.customerNote ?? "").slice(0, 500),
    createdAt: new Date().toISOString(),
  };
}

function firstEvent(rma: ReturnCase, body: Record<string, unknown>): ReturnEvent {
  const at = new Date().toISOString();
  if (rma.channel === "courier") return { type: "opened", at };
  const dropoff = (body.dropoff ?? {}) as { point?: unknown; scannedBy?: unknown };
  if (!dropoff.point) throw new DeskError(422, "a drop-off return needs dropoff.point");
  return {
    type: "parcel-received",
    at,
    location: String(dropoff.point),
    scannedBy: String(dropoff.scannedBy ?? "pickup-point"),
  };
}

function parseEvent(body: Record<string, unknown>): ReturnEvent {
  const at = new Date().toISOString();
  switch (body.type) {
    case "parcel-received":
      return {
        type: "parcel-received",
        at,
        location: String(body.location ?? "DC"),
        scannedBy: String(body.scannedBy ?? "unknown"),
      };
    case "inspected": {
      const condition = String(body.condition) as Condition;
      if (!CONDITIONS.has(condition)) {
        throw new DeskError(422, `unknown condition ${body.condition}`);
      }
      return {
        type: "inspected",
        at,
        condition,
        inspector: String(body.inspector ?? "unknown"),
        remarks: body.remarks ? String(body.remarks).slice(0, 500) : undefined,
      };
    }
    case "cancelled":
      return { type: "cancelled", at, reason: String(body.reason ?? "customer") };
    default:
      throw new DeskError(422, "type must be parcel-received, inspected or cancelled");
  }
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (req.method === "GET" && url.pathname === "/stats") return Response.json(desk.stats());

  if (req.method === "POST" && url.pathname === "/returns") {
    const body = await readBody(req);
    const rma = parseReturn(body);
    const open = desk.open(rma, firstEvent(rma, body));
    return Response.json({ id: rma.id, stage: open.stage }, { status: 201 });
  }
  let m = EVENTS.exec(url);
  if (m && req.method === "POST") {
    const result = desk.deliver(m.pathname.groups.id!, parseEvent(await readBody(req)));
    return Response.json({
      stage: result.stage,
      refund: result.outcome?.refund ? formatCents(result.outcome.refund.totalCents) : undefined,
    }, { status: 202 });
  }
  m = RETURN.exec(url);
  if (m && req.method === "GET") {
    const found = desk.find(m.pathname.groups.id!);
    if (!found) throw new DeskError(404, "no such return");
    if ("flow" in found) {
      return Response.json({
        id: found.rma.id,
        order: found.rma.order.id,
        channel: found.rma.channel,
        stage: found.stage,
        events: found.history.map((e) => e.type),
      });
    }
    return Response.json(found);
  }
  throw new DeskError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`return desk on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof DeskError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
