import {
  approve,
  ClaimError,
  completeRepair,
  getClaim,
  openClaim,
  recordEstimate,
  stats as claimStats,
} from "./claims.ts";
import { authenticate } from "./garages.ts";
import { firstDelivery } from "./inbox.ts";
import { notify, stats as notifyStats } from "./notify.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

const pounds = (minor: number) => `£${(minor / 100).toFixed(2)}`;

async function garageWebhook(req: Request): Promise<Response> {
  const garage = await authenticate(req);
  if (!garage) return json(401, { error: "unknown garage or key" });
  const event = await req.json();
  if (!event.id || !event.type || !event.claim) {
    return json(400, { error: "id, type and claim are required" });
  }
  if (!firstDelivery(`${garage.id}/${event.id}`)) return json(200, { duplicate: true });
  switch (event.type) {
    case "estimate.submitted": {
      const claim = recordEstimate(event.claim, garage.id, Number(event.amountMinor));
      notify([
        {
          channel: "email",
          to: "motor-claims@insurer.example",
          text:
            `${garage.name} estimated ${pounds(Number(event.amountMinor))} for claim ${claim.id}` +
            ` (${claim.vehicle}): ${(event.lines ?? []).length} lines.`,
        },
        {
          channel: "sms",
          to: claim.policyholder.phone,
          text:
            `Hi ${claim.policyholder.name}, ${garage.name} has sent us the repair estimate for ` +
            `your ${claim.vehicle} (claim ${claim.id}). We will let you know as soon as it is approved.`,
        },
      ]);
      return json(202, { accepted: true, status: claim.status });
    }
    case "repair.completed": {
      const claim = completeRepair(event.claim, garage.id);
      notify([{
        channel: "sms",
        to: claim.policyholder.phone,
        text: `Your ${claim.vehicle} is ready to collect from ${garage.name}.`,
      }]);
      return json(202, { accepted: true, status: claim.status });
    }
    default:
      return json(202, { accepted: false, reason: `ignored event type ${event.type}` });
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/webhooks/garage" && req.method === "POST") return garageWebhook(req);
  if (url.pathname === "/claims" && req.method === "POST") {
    return json(201, openClaim(await req.json()));
  }
  if (parts[0] === "claims" && parts[1] && parts.length === 2) {
    if (req.method === "PATCH") {
      const body = await req.json();
      if (body.decision !== "approve") return json(400, { error: "decision must be approve" });
      return json(200, approve(parts[1], String(body.adjuster), Number(body.amountMinor)));
    }
    return json(200, getClaim(parts[1]));
  }
  if (url.pathname === "/ops") return json(200, { claims: claimStats(), notify: notifyStats() });
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof ClaimError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    return json(500, { error: (err as Error).message });
  }
});
