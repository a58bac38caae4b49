import http from "node:http";
import {
  addressApiCalls,
  AddressNotFoundError,
  lookupAddress,
  normalisePostcode,
} from "./address-api.mjs";
import { memoizeAsync } from "./memoize.mjs";
import { handlingMinutes, regionOf, slotsFor } from "./slots.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4977;

// The register is slow and rate-limited, and the checkout asks for the same address several
// times (as the customer types, on the quote, on the order).
const checkAddress = memoizeAsync(lookupAddress, { maxAge: 10 * 60_000 });
const ITEMS = new Set([
  "sofa-3p",
  "armchair",
  "wardrobe-2d",
  "bed-160",
  "dining-table",
  "bookcase",
]);
const quotes = { given: 0, refused: 0 };

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

async function addressFrom(body) {
  const postcode = normalisePostcode(body.postcode);
  const addition = String(body.addition ?? "").trim();
  return await checkAddress(postcode, String(body.number ?? "").trim(), addition);
}

async function route(req, res, url) {
  if (url.pathname === "/addresses/check" && req.method === "POST") {
    const address = await addressFrom(await readJson(req));
    return send(res, 200, address);
  }
  if (url.pathname === "/deliveries/quote" && req.method === "POST") {
    const body = await readJson(req);
    const items = Array.isArray(body.items) ? body.items.filter((i) => ITEMS.has(i)) : [];
    if (!items.length) return send(res, 422, { error: "items: at least one catalogue item" });
    const address = await addressFrom(body);
    const region = regionOf(address.postcode);
    if (!region) return send(res, 422, { error: "we do not deliver there yet" });
    quotes.given++;
    return send(res, 200, {
      address: `${address.street} ${address.number}${address.addition}, ${address.city}`,
      minutes: handlingMinutes(address, items),
      feeCents: 4900 + (address.lift ? 0 : 1000 * (address.floors - 1)),
    });
  }
  if (url.pathname === "/slots" && req.method === "GET") {
    const region = regionOf(normalisePostcode(url.searchParams.get("postcode")));
    const date = url.searchParams.get("date") ?? new Date().toISOString().slice(0, 10);
    if (!region) return send(res, 404, { error: "no deliveries there" });
    return send(res, 200, { slots: slotsFor(region, date) });
  }
  if (url.pathname === "/deliveries/stats") {
    return send(res, 200, {
      quotes,
      addresses: checkAddress.stats(),
      registerCalls: addressApiCalls(),
    });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => {
    if (err instanceof AddressNotFoundError) {
      quotes.refused++;
      return send(res, 422, { error: err.message, suggestions: err.suggestions });
    }
    send(res, 500, { error: String(err?.message ?? err) });
  });
}).listen(port, "127.0.0.1", () => console.log(`furniture-delivery on http://127.0.0.1:${port}`));
