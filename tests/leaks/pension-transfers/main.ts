import { requestTransfer, status, summary, TransferError } from "./transfers.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  try {
    if (url.pathname === "/healthz") return json(200, { ok: true });
    if (url.pathname === "/summary") return json(200, summary());
    if (url.pathname === "/transfers" && req.method === "POST") {
      let body: Record<string, unknown>;
      try {
        body = await req.json();
      } catch {
        return json(400, { error: "body must be JSON" });
      }
      const key = req.headers.get("idempotency-key") ?? "";
      const { outcome, replayed } = await requestTransfer(key, body);
      return json(replayed ? 200 : 201, { ...outcome, replayed });
    }
    if (parts[0] === "transfers" && parts[1] && req.method === "GET") {
      return json(200, status(decodeURIComponent(parts[1])));
    }
    return json(404, { error: "not found" });
  } catch (err) {
    if (err instanceof TransferError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
