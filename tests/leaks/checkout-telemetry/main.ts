import { Flags } from "./flags.ts";
import { parseTraceparent, type Span, TailSampler } from "./tracing.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8718;

const sampler = new TailSampler(500, 2_000);
const flags = new Flags(
  new Map([
    ["express-checkout", { key: "express-checkout", rolloutPercent: 30, countries: ["NL"] }],
    ["ideal-first", { key: "ideal-first", rolloutPercent: 100, countries: ["NL", "BE"] }],
    ["klarna", { key: "klarna", rolloutPercent: 10 }],
  ]),
);

interface Cart {
  userId: string;
  country: string;
  lines: { sku: string; qty: number; unitCents: number }[];
}

async function step<T>(name: string, parent: Span, fn: () => T | Promise<T>): Promise<T> {
  const span = sampler.startSpan(name, parent);
  try {
    return await fn();
  } catch (err) {
    span.error = true;
    throw err;
  } finally {
    span.finish();
  }
}

async function checkoutOptions(cart: Cart, root: Span) {
  const subtotal = await step(
    "cart.subtotal",
    root,
    () => cart.lines.reduce((sum, l) => sum + l.qty * l.unitCents, 0),
  );
  const methods = await step("payments.methods", root, () => {
    const list = ["card"];
    if (flags.isOn("ideal-first", cart.userId, cart.country)) list.unshift("ideal");
    if (flags.isOn("klarna", cart.userId, cart.country)) list.push("klarna");
    return list;
  });
  const express = flags.isOn("express-checkout", cart.userId, cart.country);
  root.set("checkout.subtotal", subtotal);
  return { subtotalCents: subtotal, methods, express };
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`checkout-telemetry on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  const root = sampler.startSpan(
    `${req.method} ${url.pathname}`,
    undefined,
    parseTraceparent(req.headers.get("traceparent")),
  );
  try {
    if (url.pathname === "/checkout/options" && req.method === "POST") {
      const cart = await req.json() as Cart;
      return Response.json(await checkoutOptions(cart, root));
    }
    if (url.pathname === "/telemetry/stats") {
      return Response.json({ exported: sampler.exported, dropped: sampler.dropped });
    }
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    root.error = true;
    return Response.json({ error: (err as Error).message }, { status: 400 });
  } finally {
    root.finish();
  }
});
