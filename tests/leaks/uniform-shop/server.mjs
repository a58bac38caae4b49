import http from "node:http";
import { pipelineFor, pipelineStats, ShopError } from "./pipeline.mjs";
import { bus, checkout, createBasket, getBasket, restock, stats, stockOf, total } from "./shop.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// the warehouse's count comes in every few hundred ms
setInterval(() => {
  restock(200);
  bus.emit("stock:counted", {
    key: "harbour-high:BLZR:34",
    left: stockOf({ id: "harbour-high" }, "BLZR", "34").left,
  });
}, 250).unref();

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text ? JSON.parse(text) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") {
    return send(res, 200, {
      ...stats(),
      pipeline: pipelineStats,
      hooks: bus.count("stock:counted"),
    });
  }
  // /schools/:school/...
  const [section, schoolId, what, id, action] = url.pathname.split("/").filter(Boolean);
  if (section !== "schools" || !schoolId) return send(res, 404, { error: "not found" });
  const ctx = { req };
  await pipelineFor(schoolId)(ctx);
  const school = ctx.school;

  if (what === "items" && req.method === "GET") {
    return send(
      res,
      200,
      Object.entries(school.items).map(([code, item]) => ({
        code,
        ...item,
        stock: item.sizes.map((s) => ({ size: s, left: stockOf(school, code, s).left })),
      })),
    );
  }
  if (what === "baskets" && !id && req.method === "POST") {
    const basket = createBasket(school, ctx.parent, await readJson(req));
    return send(res, 201, { ...basket, cents: total(basket) });
  }
  if (what === "baskets" && id && !action && req.method === "GET") {
    const basket = getBasket(id);
    return basket
      ? send(res, 200, { ...basket, cents: total(basket) })
      : send(res, 404, { error: "no basket" });
  }
  if (what === "baskets" && id && action === "checkout" && req.method === "POST") {
    return send(res, 200, await checkout(school, id, await readJson(req)));
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => {
    if (err instanceof ShopError) return send(res, err.status, { error: err.message });
    if (err instanceof SyntaxError) return send(res, 400, { error: "bad JSON" });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`uniform shop on :${port}`));
