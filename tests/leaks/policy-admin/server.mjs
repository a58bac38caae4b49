import http from "node:http";
import { Container, Lifetime } from "./container.mjs";
import {
  LegacyPasClient,
  NotFoundError,
  PolicyRepository,
  PolicyService,
  PremiumCalculator,
} from "./policies.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// Composition root.
const container = new Container()
  .register("clock", () => ({ now: () => new Date() }), Lifetime.Singleton)
  .register("pas", () => new LegacyPasClient(), Lifetime.Singleton)
  .register("rates", () => ({ claimsFreeStep: 0.04, policyFee: 12.5 }), Lifetime.Singleton)
  .register("policyRepository", (s) => new PolicyRepository(s.resolve("pas")), Lifetime.Scoped)
  .register(
    "premiumCalculator",
    (s) => new PremiumCalculator(s.resolve("rates")),
    Lifetime.Transient,
  )
  .register(
    "policyService",
    (s) =>
      new PolicyService(
        s.resolve("policyRepository"),
        s.resolve("premiumCalculator"),
        s.resolve("clock"),
      ),
    Lifetime.Singleton,
  );

let served = 0;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res, scope) {
  const url = new URL(req.url, "http://localhost");
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      served,
      pasCalls: scope.resolve("pas").calls,
      container: container.size,
    });
  }

  // GET /policies/:id
  if (req.method === "GET" && parts[0] === "policies" && parts.length === 2) {
    const service = scope.resolve("policyService");
    return send(res, 200, await service.getPolicy(parts[1]));
  }

  // POST /policies/:id/renewal-quotes {indexation, claimsFree}
  if (req.method === "POST" && parts[0] === "policies" && parts[2] === "renewal-quotes") {
    const body = await readJson(req);
    const service = scope.resolve("policyService");
    const quote = await service.quoteRenewal(parts[1], {
      indexation: Number(body.indexation ?? 0.03),
      claimsFree: Number(body.claimsFree ?? 0),
    });
    return send(res, 201, quote);
  }

  return send(res, 404, { error: "not found" });
}

const server = http.createServer(async (req, res) => {
  const scope = container.createScope();
  served++;
  try {
    await route(req, res, scope);
  } catch (err) {
    if (err instanceof NotFoundError) send(res, 404, { error: err.message });
    else send(res, 400, { error: String(err?.message ?? err) });
  } finally {
    await scope.dispose();
  }
});

server.listen(port, "127.0.0.1", () => console.log(`policy-admin on http://127.0.0.1:${port}`));
