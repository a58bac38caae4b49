import http from "node:http";
import { book, BookingError, checkIn, findBooking, release, teeSheet } from "./teesheet.mjs";
import { greenFees } from "./fees.mjs";
import { parseTraceparent, startSpan, tracingStats } from "./tracing.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

function routeName(method, parts) {
  // "/bookings/APP-1234/fees" → "GET /bookings/:ref/fees", so spans group by route
  if (parts[0] === "bookings" && parts[1]) {
    return `${method} /bookings/:ref${parts[2] ? `/${parts[2]}` : ""}`;
  }
  if (parts[0] === "courses" && parts[1]) return `${method} /courses/:course/${parts[2] ?? ""}`;
  return `${method} /${parts.join("/")}`;
}

async function readJson(req) {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BookingError(400, "body is not JSON");
  }
}

async function route(req, url, parts, member) {
  if (parts[0] === "courses" && parts[2] === "sheet" && req.method === "GET") {
    return [200, {
      course: parts[1],
      date: url.searchParams.get("date"),
      slots: await teeSheet(parts[1], url.searchParams.get("date")),
    }];
  }
  if (url.pathname === "/bookings" && req.method === "POST") {
    const body = await readJson(req);
    return [201, await book({ ...body, member })];
  }
  if (parts[0] === "bookings" && parts[1]) {
    const ref = decodeURIComponent(parts[1]);
    if (parts[2] === "check-in" && req.method === "POST") return [200, await checkIn(ref)];
    if (parts[2] === "fees" && req.method === "GET") {
      const booking = findBooking(ref);
      if (!booking) throw new BookingError(404, `no booking ${ref}`);
      return [200, await greenFees(booking)];
    }
    if (parts[2] === "release" && req.method === "POST") {
      const body = await readJson(req);
      return [200, await release(ref, body.reason ?? "cancelled")];
    }
    if (!parts[2] && req.method === "GET") {
      const booking = findBooking(ref);
      return booking ? [200, booking] : [404, { error: `no booking ${ref}` }];
    }
  }
  if (url.pathname === "/debug/traces") return [200, tracingStats()];
  return [404, { error: "not found" }];
}

const server = http.createServer(async (req, res) => {
  if (req.url === "/healthz") {
    res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    return;
  }
  const url = new URL(req.url, "http://teetimes.local");
  const parts = url.pathname.split("/").filter(Boolean);
  const member = req.headers["x-member"] ?? null;
  const span = startSpan(routeName(req.method, parts), {
    ...parseTraceparent(req.headers.traceparent),
    "http.method": req.method,
    "http.target": req.url,
    "club.member": member,
  });
  let status = 500;
  let body;
  try {
    [status, body] = await route(req, url, parts, member);
  } catch (err) {
    if (err instanceof BookingError) {
      status = err.status;
      body = { error: err.message };
    } else {
      console.error(err);
      body = { error: "internal error" };
    }
    span.fail(err);
  }
  span.set("http.status_code", status);
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "traceresponse": `00-${span.traceId}-${span.spanId}-01`,
  });
  res.end(text);
  span.end();
});

// Longer than the load balancer's 60 s idle timeout, so it never reuses a closed connection.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, "127.0.0.1", () => console.log(`tee times on :${port}`));
