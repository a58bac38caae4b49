import { lifecycle } from "./lifecycle.ts";
import { listPharmacies } from "./pharmacies.ts";
import { findPrescription, medicationsOf, requestRefill } from "./prescriptions.ts";
import { HttpError, withScope } from "./scope.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8151;

const REFILL = new URLPattern({ pathname: "/prescriptions/:id/refill" });
const PRESCRIPTION = new URLPattern({ pathname: "/prescriptions/:id" });
const MEDICATIONS = new URLPattern({ pathname: "/patients/:patient/medications" });

async function readJson(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    if (body && typeof body === "object") return body;
  } catch {
    // fall through
  }
  throw new HttpError(400, "expected a JSON object");
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`prescription refills on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") {
    return Response.json({ ok: !lifecycle.draining }, { status: lifecycle.draining ? 503 : 200 });
  }
  try {
    return await withScope(req, async (scope) => {
      let m;
      if (req.method === "POST" && (m = REFILL.exec(url))) {
        const rx = findPrescription(m.pathname.groups.id!, scope);
        const refill = await requestRefill(rx, await readJson(req), scope);
        return Response.json(refill, { status: 202 });
      }
      if (req.method === "GET" && (m = PRESCRIPTION.exec(url))) {
        const rx = findPrescription(m.pathname.groups.id!, scope);
        return Response.json({ ...rx, refillsLeft: rx.refillsAuthorized - rx.refillsUsed });
      }
      if (req.method === "GET" && (m = MEDICATIONS.exec(url))) {
        return Response.json({ medications: medicationsOf(m.pathname.groups.patient!) });
      }
      if (req.method === "GET" && url.pathname === "/pharmacies") {
        return Response.json({ pharmacies: listPharmacies() });
      }
      throw new HttpError(404, "not found");
    });
  } catch (err) {
    if (err instanceof HttpError) {
      return Response.json({ error: err.message, details: err.details }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});

Deno.addSignalListener("SIGTERM", async () => {
  await lifecycle.drain(2_000);
  await server.shutdown();
  Deno.exit(0);
});
