// deno-lint-ignore-file require-await -- fastify handlers are async and return the payload, as its docs write them
import Fastify from "fastify";
import { logger, recentLogLines } from "./logger.mjs";
import { query, record, stats, TENANTS } from "./events.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = Fastify({ loggerInstance: logger, requestIdHeader: "x-request-id" });

app.decorateRequest("tenant", null);

// Every /v1 route needs a known tenant; resolved once per request.
app.addHook("onRequest", async (request, reply) => {
  if (!request.url.startsWith("/v1/")) return;
  const id = request.headers["x-tenant"];
  const tenant = typeof id === "string" ? TENANTS.get(id) : undefined;
  if (!tenant) return reply.code(401).send({ error: "unknown tenant" });
  request.tenant = { id, ...tenant };
});

app.get("/healthz", async () => ({ ok: true }));

app.post("/v1/events", {
  schema: {
    body: {
      type: "object",
      required: ["actor", "action"],
      properties: {
        actor: { type: "string", maxLength: 120 },
        action: { type: "string", pattern: "^[a-z]+\\.[a-z_]+$" },
        target: { type: "string", maxLength: 200 },
      },
    },
  },
}, async (request, reply) => {
  const log = request.log.child({ tenant: request.tenant.id, actor: request.body.actor });
  const event = record(request.tenant.id, { ...request.body, ip: request.ip });
  log.info({ eventId: event.id, action: event.action }, "audit event recorded");
  return reply.code(201).send({ id: event.id });
});

app.get("/v1/events", async (request) => {
  const limit = Math.min(100, Math.max(1, Number(request.query.limit ?? 20) || 20));
  const events = query(request.tenant.id, {
    actor: request.query.actor,
    action: request.query.action,
    limit,
  });
  request.log.debug({ returned: events.length }, "audit query");
  return { tenant: request.tenant.name, events };
});

app.get("/v1/stats", async (request) => ({
  tenant: request.tenant.id,
  plan: request.tenant.plan,
  ...stats(request.tenant.id),
}));

app.get("/debug/logs", async (request) => {
  const limit = Math.min(300, Math.max(1, Number(request.query.limit ?? 50) || 50));
  return { lines: recentLogLines(limit) };
});

app.listen({ port, host: "127.0.0.1" }).then(
  (address) => console.log(`audit-api on ${address}`),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
