import { analysers, latest, queue, report, type Sample } from "./lab.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/queue") {
    return json(200, { ...queue.depth(), stats: queue.stats, dead: queue.deadLetters() });
  }
  if (url.pathname === "/samples" && req.method === "POST") {
    const sample = await req.json() as Sample;
    if (!sample.id || !Array.isArray(sample.tests)) {
      return json(400, { error: "id and tests are required" });
    }
    queue.send(sample.id, sample);
    return json(202, { id: sample.id, queued: true });
  }
  if (parts[0] === "samples" && parts[1] && parts[2] === "result" && req.method === "POST") {
    const body = await req.json();
    return json(201, report(parts[1], String(body.analyser ?? "manual"), body));
  }
  if (parts[0] === "samples" && parts[1] && parts.length === 2) {
    const result = latest(parts[1]);
    return result ? json(200, result) : json(200, { sample: parts[1], state: "pending" });
  }
  if (parts[0] === "analysers" && parts[1] && parts[2] === "next") {
    const analyser = analysers.get(parts[1]);
    if (!analyser) return json(404, { error: "no such analyser" });
    const message = queue.receive(parts[1]);
    if (!message) return new Response(null, { status: 204 });
    analyser.taken++;
    analyser.lastSample = message.id;
    return json(200, { id: message.id, receive: message.receives, sample: message.body });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    return json(err instanceof SyntaxError ? 400 : 500, { error: String(err) });
  }
});
