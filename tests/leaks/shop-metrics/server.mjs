import express from "express";
import { metricsMiddleware, ordersLookedUp, registry } from "./metrics.mjs";
import { findOrder, trackingEvents } from "./orders.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = express();
app.disable("x-powered-by");
app.use(metricsMiddleware);

app.get("/healthz", (_req, res) => res.json({ ok: true }));

app.get("/metrics", async (_req, res, next) => {
  try {
    res.set("content-type", registry.contentType);
    res.send(await registry.metrics());
  } catch (err) {
    next(err);
  }
});

const orders = express.Router();

orders.get("/:id", (req, res) => {
  const order = findOrder(req.params.id);
  ordersLookedUp.inc({ result: order ? "found" : "missing" });
  if (!order) return res.status(404).json({ error: "no such order" });
  res.json(order);
});

orders.get("/:id/tracking", (req, res) => {
  const order = findOrder(req.params.id);
  if (!order) return res.status(404).json({ error: "no such order" });
  res.json({ id: order.id, carrier: order.carrier, events: trackingEvents(order) });
});

app.use("/orders", orders);

app.use((_req, res) => res.status(404).json({ error: "not found" }));

app.listen(port, "127.0.0.1", () => console.log(`shop-metrics on http://127.0.0.1:${port}`));
