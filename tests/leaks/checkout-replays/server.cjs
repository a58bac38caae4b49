// deno-lint-ignore-file require-await -- fastify handlers are async and return the payload, as its docs write them
const Fastify = require("fastify");
const { once, stats } = require("./idempotency.cjs");
const { charge, recentPayments } = require("./processor.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = Fastify({ logger: false, bodyLimit: 32 * 1024 });

app.get("/healthz", async () => ({ ok: true }));

const paymentSchema = {
  headers: {
    type: "object",
    required: ["idempotency-key", "x-merchant-id"],
    properties: {
      "idempotency-key": { type: "string", minLength: 8, maxLength: 255 },
      "x-merchant-id": { type: "string", pattern: "^m-[0-9]+$" },
    },
  },
  body: {
    type: "object",
    required: ["amount", "currency", "source"],
    additionalProperties: false,
    properties: {
      amount: { type: "integer", minimum: 50, maximum: 99999999 },
      currency: { type: "string", enum: ["eur", "gbp", "usd"] },
      source: { type: "string", pattern: "^tok_[0-9]{12,19}$" },
      description: { type: "string", maxLength: 200 },
    },
  },
};

app.post("/v1/payments", { schema: paymentSchema }, async (request, reply) => {
  const merchantId = request.headers["x-merchant-id"];
  const key = request.headers["idempotency-key"];
  const result = await once(
    merchantId,
    key,
    request.body,
    () => charge({ merchantId, ...request.body }),
  );
  reply.header("idempotent-replayed", String(result.replayed));
  return reply.code(result.statusCode).send(result.body);
});

app.get("/v1/payments/recent", async (request) => {
  const merchantId = request.headers["x-merchant-id"] ?? "m-0";
  return { data: recentPayments(merchantId) };
});

app.get("/v1/idempotency/stats", async () => stats());

app.setErrorHandler((err, _request, reply) => {
  const status = err.statusCode ?? 500;
  reply.code(status).send({ error: status === 500 ? "internal error" : err.message });
});

app.listen({ port, host: "127.0.0.1" }).then(
  (address) => console.log(`checkout-replays on ${address}`),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
