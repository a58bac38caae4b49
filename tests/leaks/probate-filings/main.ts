import { ApplicationStore, Conflict, NotFound, ValidationError } from "./applications.ts";
import { timings } from "./decorators.ts";
import { ProbateService } from "./service.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const store = new ApplicationStore();
const service = new ProbateService(store);

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function statusOf(err: unknown) {
  if (err instanceof ValidationError || err instanceof SyntaxError) return 400;
  if (err instanceof NotFound) return 404;
  if (err instanceof Conflict) return 409;
  return 500;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  try {
    if (url.pathname === "/healthz") return json(200, { ok: true });
    if (url.pathname === "/applications" && req.method === "POST") {
      const body = await req.json();
      const app = store.create({
        reference: body.reference,
        deceased: body.deceased,
        applicant: body.applicant,
        executors: body.executors ?? [],
        estate: body.estate,
        will: body.will,
        copies: body.copies ?? 1,
      });
      return json(201, { reference: app.reference, version: app.version });
    }
    if (parts[0] === "applications" && parts[1]) {
      const reference = parts[1];
      if (parts.length === 2 && req.method === "PATCH") {
        const app = service.edit(reference, await req.json());
        return json(200, { reference, version: app.version });
      }
      if (parts.length === 2 && req.method === "GET") {
        const app = store.get(reference);
        return json(200, {
          reference,
          status: app.status,
          version: app.version,
          deceased: app.deceased.name,
          executors: app.executors.map((e) => e.name),
          caseNumber: app.caseNumber,
        });
      }
      if (parts[2] === "submit" && req.method === "POST") {
        return json(200, await service.submit(store.get(reference)));
      }
      if (parts[2] === "grant" && req.method === "POST") {
        const body = await req.json();
        return json(200, store.grant(reference, body.grantType ?? "probate", body.issuedAt));
      }
    }
    if (url.pathname === "/ops") {
      return json(200, {
        open: store.open,
        submitting: service.submit.pending(),
        grants: store.recentGrants(),
        timings: Object.fromEntries(timings),
      });
    }
    return json(404, { error: "not found" });
  } catch (err) {
    return json(statusOf(err), { error: (err as Error).message });
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
console.log(`probate filings on :${port}`);
