import { charge, inFlight, PaymentError } from "./payments.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`payments listening on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, inFlight: inFlight.length });
  if (url.pathname === "/payments" && req.method === "POST") {
    const body = await req.json().catch(() => null);
    try {
      const receipt = await charge(body);
      return Response.json(receipt, { status: 201 });
    } catch (error) {
      if (error instanceof PaymentError) {
        return Response.json({ error: error.code, message: error.message }, {
          status: error.status,
        });
      }
      throw error;
    }
  }
  return Response.json({ error: "not found" }, { status: 404 });
});
