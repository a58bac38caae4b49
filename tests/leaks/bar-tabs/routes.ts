import { createTabLedger, type Payment, type Tab } from "./ledger.ts";
import { menuItem } from "./menu.ts";

const ledger = createTabLedger();
const TAB = new URLPattern({ pathname: "/tabs/:id{/:action}?" });

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

function view(tab: Tab) {
  return {
    id: tab.id,
    table: tab.table,
    rounds: tab.rounds,
    lines: tab.lines.map((l) => `${l.qty}× ${l.name}`),
    outstanding: tab.outstanding.toFixed(2),
  };
}

/** Even shares in cents for the payment screen; the last payer takes the rounding. */
function split(tab: Tab, ways: number): string[] {
  const share = Number((tab.outstanding / ways).toFixed(2));
  const shares = Array.from({ length: ways - 1 }, () => share.toFixed(2));
  shares.push((tab.outstanding - share * (ways - 1)).toFixed(2));
  return shares;
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/report") return json(ledger.report());
  if (url.pathname === "/tabs" && req.method === "POST") {
    const body = await req.json();
    if (!/^[\w-]+$/.test(body.id ?? "") || !body.table) return json({ error: "id and table" }, 422);
    if (ledger.find(body.id)) return json({ error: "tab exists" }, 409);
    return json(view(ledger.open(body.id, String(body.table), String(body.staff ?? "bar"))), 201);
  }

  const match = TAB.exec(url);
  const tab = match && ledger.find(match.pathname.groups.id!);
  if (!match || !tab) return json({ error: "no open tab" }, 404);
  const action = match.pathname.groups.action;
  if (!action && req.method === "GET") return json(view(tab));
  if (action === "split" && req.method === "GET") {
    const ways = Math.min(Math.max(Number(url.searchParams.get("ways")) || 2, 2), 12);
    return json({ outstanding: tab.outstanding.toFixed(2), shares: split(tab, ways) });
  }
  if (action === "rounds" && req.method === "POST") {
    const body = await req.json();
    const items = [];
    for (const line of body.items ?? []) {
      const item = menuItem(line.code);
      if (!item || !(line.qty > 0)) return json({ error: `bad line ${line.code}` }, 422);
      items.push({ item, qty: Number(line.qty) });
    }
    ledger.addRound(tab, items, String(body.staff ?? "bar"));
    return json(view(tab), 201);
  }
  if (action === "payments" && req.method === "POST") {
    const body = await req.json();
    const payment: Payment = {
      amount: Number(body.amount),
      method: body.method === "cash" || body.method === "tikkie" ? body.method : "card",
      payer: String(body.payer ?? "guest"),
      cardLast4: body.cardLast4,
      at: new Date().toISOString(),
    };
    if (!(payment.amount > 0)) return json({ error: "amount must be positive" }, 422);
    try {
      const closed = ledger.pay(tab, payment);
      return json({ ...view(tab), closed }, 201);
    } catch (err) {
      if (err instanceof RangeError) return json({ error: err.message }, 409);
      throw err;
    }
  }
  return json({ error: "not found" }, 404);
}
