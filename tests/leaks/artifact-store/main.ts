import { ArtifactStore, type TaskOutput } from "./store.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

// 64 KB is plenty for the CI smoke environment; production sets this from the volume size.
const store = new ArtifactStore(64 * 1024);
const usage = new Map<string, { uploads: number; hits: number; misses: number }>();

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function teamUsage(team: string) {
  let u = usage.get(team);
  if (!u) {
    u = { uploads: 0, hits: 0, misses: 0 };
    usage.set(team, u);
  }
  return u;
}

function parseOutput(raw: string): TaskOutput | string {
  let body: Partial<TaskOutput>;
  try {
    body = JSON.parse(raw);
  } catch {
    return "body is not JSON";
  }
  if (typeof body.task !== "string") return "task is required";
  return {
    task: body.task,
    durationMs: Number(body.durationMs ?? 0),
    outputs: Array.isArray(body.outputs) ? body.outputs.map(String) : [],
    logs: String(body.logs ?? ""),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/stats") {
    return json({ store: store.stats(), teams: Object.fromEntries(usage) });
  }

  // /v1/cache/:team/:hash
  if (parts[0] === "v1" && parts[1] === "cache" && parts.length === 4) {
    const [team, hash] = [parts[2], parts[3]];
    if (!/^[0-9a-f]{8,64}$/.test(hash)) return json({ error: "bad task hash" }, 400);
    if (req.method === "POST") {
      const raw = await req.text();
      const output = parseOutput(raw);
      if (typeof output === "string") return json({ error: output }, 400);
      const artifact = await store.put(team, hash, raw, output);
      teamUsage(team).uploads++;
      return json({ hash, digest: `sha256:${artifact.digest}`, size: artifact.size }, 201);
    }
    const artifact = store.get(team, hash);
    if (!artifact) {
      teamUsage(team).misses++;
      return json({ error: "not cached" }, 404);
    }
    teamUsage(team).hits++;
    return json({
      task: artifact.task,
      durationMs: artifact.durationMs,
      outputs: artifact.outputs,
      logs: artifact.logs,
    });
  }

  // /v1/blobs/sha256:…
  if (parts[0] === "v1" && parts[1] === "blobs" && parts[2]) {
    const artifact = store.byDigest(decodeURIComponent(parts[2]));
    if (!artifact) return json({ error: "unknown digest" }, 404);
    return json({ task: artifact.task, outputs: artifact.outputs, logs: artifact.logs });
  }

  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`artifact cache on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    console.error(err);
    return json({ error: "internal error" }, 500);
  }));
