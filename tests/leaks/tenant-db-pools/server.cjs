const express = require("express");
const { poolStats, withConnection } = require("./pools.cjs");

const portArg = process.argv.slice(2).find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3123;

const app = express();

app.get("/healthz", (_req, res) => res.json({ ok: true }));

// every tenant route resolves the tenant first, as the auth layer would
app.use("/t/:tenant", (req, res, next) => {
  if (!/^[a-z0-9-]{2,40}$/.test(req.params.tenant)) {
    return res.status(400).json({ error: "bad tenant" });
  }
  req.tenantId = req.params.tenant;
  next();
});

app.get("/t/:tenant/orders", async (req, res) => {
  const limit = Math.min(Number(req.query.limit) || 5, 50);
  const rows = await withConnection(
    req.tenantId,
    (conn) =>
      conn.query("select id, total, status from orders order by created_at desc limit $2", [
        req.tenantId,
        limit,
      ]),
  );
  res.json({ tenant: req.tenantId, orders: rows });
});

app.get("/admin/pools", (_req, res) => res.json(poolStats()));

app.use((_req, res) => res.status(404).json({ error: "not found" }));

app.listen(port, "127.0.0.1", () => console.log(`orders api on 127.0.0.1:${port}`));
