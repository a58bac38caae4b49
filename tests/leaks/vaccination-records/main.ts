import { db } from "./db.ts";
import { getRecord, recordConsent, recordDose, RecordError } from "./records.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

let served = 0;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") return Response.json({ served, context: db.stats() });

  const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts[0] !== "patients" || !parts[1]) {
    return Response.json({ error: "not found" }, { status: 404 });
  }
  const nhsNumber = parts[1];
  served++;
  try {
    if (parts[2] === "record" && req.method === "GET") return Response.json(getRecord(nhsNumber));
    if (parts[2] === "doses" && req.method === "POST") {
      return Response.json(recordDose(nhsNumber, await req.json()), { status: 201 });
    }
    if (parts[2] === "consent" && req.method === "PATCH") {
      return Response.json(recordConsent(nhsNumber, await req.json()));
    }
    return Response.json({ error: "not found" }, { status: 404 });
  } catch (err) {
    const status = err instanceof RecordError ? err.status : 400;
    return Response.json({ error: (err as Error).message }, { status });
  }
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`vaccination records on :${port}`) },
  handle,
);
