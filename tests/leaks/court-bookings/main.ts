import Hapi from "@hapi/hapi";
import { availability, book, bookingCount, cancelLatest } from "./bookings.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const server = Hapi.server({ port, host: "127.0.0.1", routes: { cors: false } });

// Confirmation mails go out once the member has had the HTTP answer (the mail provider is
// slow); the outbox keeps the last 100 for the front desk.
const outbox: { to: string; subject: string; at: number }[] = [];
const desk = { confirmed: 0, rejected: 0 };

function memberOf(request: Hapi.Request): string {
  const member = request.headers["x-member"];
  return typeof member === "string" && member ? member : "guest";
}

server.route({ method: "GET", path: "/healthz", handler: () => ({ ok: true }) });

server.route({
  method: "GET",
  path: "/courts/{day}",
  handler: (request) => availability(String(request.params.day)),
});

server.route({
  method: "POST",
  path: "/bookings",
  handler: (request, h) => {
    const body = (request.payload ?? {}) as { court?: string; day?: string; hour?: number };
    const member = memberOf(request);
    const wanted = `court ${body.court} on ${body.day} at ${body.hour}:00`;

    // The member hears by mail either way: the confirmation, or that the slot was gone.
    server.events.on("response", (answered: Hapi.Request) => {
      if (answered.info.id !== request.info.id) return;
      const status = answered.response && "statusCode" in answered.response
        ? answered.response.statusCode
        : 500;
      if (status === 201) desk.confirmed++;
      else desk.rejected++;
      outbox.push({
        to: `${member}@members.padelclub.example`,
        subject: status === 201 ? `Booked: ${wanted}` : `Not booked: ${wanted} (${status})`,
        at: Date.now(),
      });
      if (outbox.length > 100) outbox.shift();
    });

    const result = book(String(body.court), String(body.day), Number(body.hour), member);
    if (!result.booking) return h.response({ error: result.error }).code(result.status);
    return h.response({ booking: result.booking }).code(201);
  },
});

server.route({
  method: "POST",
  path: "/bookings/latest/cancel",
  handler: (request, h) => {
    const result = cancelLatest(memberOf(request));
    return h.response(result).code(result.status);
  },
});

server.route({
  method: "GET",
  path: "/desk",
  handler: () => ({ ...desk, bookings: bookingCount(), outbox: outbox.slice(-5) }),
});

await server.start();
console.log(`court-bookings on ${server.info.uri}`);
