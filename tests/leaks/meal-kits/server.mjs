import http from "node:http";
import { orm } from "./db.mjs";
import { driver } from "./lib/driver.mjs";
import { deliveryFor, describeDelivery, NotFound, swapRecipe } from "./services/deliveries.mjs";
import { subscriberProfile, weekMenu } from "./services/menu.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4932;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

async function route(req, res, url) {
  const menu = /^\/menu\/(\d{4}-W\d{2})$/.exec(url.pathname);
  if (menu && req.method === "GET") {
    const recipes = await weekMenu(menu[1]);
    return recipes
      ? send(res, 200, { week: menu[1], recipes })
      : send(res, 404, { error: "no menu" });
  }

  const box = /^\/subscribers\/([\w-]+)\/deliveries\/(\d{4}-W\d{2})$/.exec(url.pathname);
  if (box && req.method === "GET") {
    return send(res, 200, await describeDelivery(await deliveryFor(box[1], box[2])));
  }
  if (box && req.method === "PATCH") {
    const { swap } = await readJson(req);
    if (!swap?.from || !swap?.to) return send(res, 422, { error: "swap needs from and to" });
    const delivery = await swapRecipe(box[1], box[2], swap.from, swap.to);
    return send(res, 200, await describeDelivery(delivery));
  }

  const profile = /^\/subscribers\/([\w-]+)$/.exec(url.pathname);
  if (profile && req.method === "GET") {
    const subscriber = await subscriberProfile(profile[1]);
    return subscriber ? send(res, 200, subscriber) : send(res, 404, { error: "no subscriber" });
  }

  if (url.pathname === "/ops/db" && req.method === "GET") return send(res, 200, driver.stats());
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  orm.withRequestContext(() => route(req, res, url)).catch((err) => {
    if (err instanceof NotFound) return send(res, 404, { error: err.message });
    if (err instanceof RangeError) return send(res, 409, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`meal-kits on 127.0.0.1:${port}`));
