import { CardError, findCard } from "./cards.ts";
import { checkRedemption } from "./fraud.ts";
import { pickLocale, translator } from "./i18n.ts";
import { replay, storeAnswer } from "./idempotency.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8144;

const CARD = new URLPattern({ pathname: "/cards/:code" });
const ACTION = new URLPattern({ pathname: "/cards/:code/:action(redeem|reload)" });

async function amountFrom(req: Request): Promise<{ cents: number; reference: string }> {
  const body = await req.json().catch(() => null);
  const cents = Math.round(Number(body?.amount) * 100);
  if (!Number.isInteger(cents) || cents <= 0) throw new CardError(400, "amount must be positive");
  return { cents, reference: String(body?.reference ?? "counter") };
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const t = translator(pickLocale(req.headers.get("accept-language")));

  const action = ACTION.exec(url);
  if (req.method === "POST" && action) {
    const key = req.headers.get("idempotency-key");
    const previous = replay(key);
    if (previous) return Response.json(previous.body, { status: previous.status });
    const card = findCard(action.pathname.groups.code!);
    const { cents, reference } = await amountFrom(req);
    const at = new Date().toISOString();
    if (action.pathname.groups.action === "redeem") {
      if (cents > card.balanceCents) {
        throw new CardError(
          402,
          t`Insufficient balance on card ${card.code}: ${card.balance} available`,
        );
      }
      await checkRedemption(card, cents);
      card.balanceCents -= cents;
      card.record({ kind: "redeem", cents, reference, at });
    } else {
      card.balanceCents += cents;
      card.record({ kind: "reload", cents, reference, at });
    }
    const body = {
      code: card.code,
      balance: card.balance,
      message: t`Card ${card.code} has ${card.balance} left`,
    };
    storeAnswer(key, 200, body);
    return Response.json(body);
  }

  const m = CARD.exec(url);
  if (req.method === "GET" && m) {
    const card = findCard(m.pathname.groups.code!);
    return Response.json({
      code: card.code,
      balance: card.balance,
      blocked: card.blocked,
      message: card.blocked
        ? t`Card ${card.code} has been blocked`
        : t`Card ${card.code} has ${card.balance} left`,
      history: card.history,
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`gift cards on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof CardError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
