"use strict";

const http = require("node:http");
const { LaneDesk, LANES } = require("./bookings.cjs");
const { ReminderList } = require("./reminders.cjs");
const { LaneController } = require("./controller.cjs");
const { OilSchedule } = require("./oiling.cjs");
const { activity, logBooking } = require("./log.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const desk = new LaneDesk();
const reminders = new ReminderList();
const controller = new LaneController();
const oiling = new OilSchedule(LANES, 4 * 3_600_000);

setInterval(() => {
  reminders.tick();
  controller.retry();
  oiling.tick();
}, 250);

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  const [, kind, id, action] = url.pathname.split("/");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/lanes") {
    return send(res, 200, {
      lanes: desk.laneBoard().map((l) => ({ ...l, nextOil: oiling.nextFor(l.lane) })),
      pendingCommands: controller.pendingAcks.size,
      reminders: reminders.items.length,
      recentActivity: activity.tail.slice(-5),
      sheets: [...desk.sheets.values()].slice(-3),
    });
  }

  if (kind === "lanes" && id) {
    const lane = Number(id);
    if (!LANES.includes(lane)) return send(res, 404, { error: "no such lane" });
    if (action === "acks" && req.method === "POST") {
      const { ids } = await readJson(req);
      return send(res, 200, { acknowledged: controller.acknowledge(ids ?? []) });
    }
    if (action === "oil" && req.method === "POST") {
      return send(res, 200, { lane, nextOil: new Date(oiling.oilNow(lane)).toISOString() });
    }
    return send(res, 404, { error: "not found" });
  }

  if (kind !== "bookings") return send(res, 404, { error: "not found" });
  if (!id && req.method === "POST") {
    try {
      const booking = desk.book(await readJson(req));
      reminders.scheduleFor(booking);
      logBooking("booked", booking, { party: booking.party.length });
      return send(res, 201, { ref: booking.ref, lane: booking.lane });
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }
  const ref = id;
  if (action === "check-in" && req.method === "POST") {
    const booking = desk.checkIn(ref);
    if (!booking) return send(res, 409, { error: "not booked" });
    reminders.cancelFor(ref);
    controller.command(booking.lane, `${ref}-on`, "power-on");
    controller.command(booking.lane, `${ref}-lights`, "lights:cosmic");
    logBooking("checked-in", booking);
    return send(res, 200, { ref, lane: booking.lane });
  }
  if (action === "frames" && req.method === "POST") {
    const { player, rolls } = await readJson(req);
    try {
      const sheet = desk.frames(ref, player, rolls);
      return sheet ? send(res, 200, { player, sheet }) : send(res, 409, { error: "not bowling" });
    } catch (err) {
      return send(res, 400, { error: err.message });
    }
  }
  if (action === "finish" && req.method === "POST") {
    const done = desk.finish(ref);
    if (!done) return send(res, 409, { error: "not bowling" });
    controller.command(done.booking.lane, `${ref}-off`, "power-off");
    logBooking("finished", done.booking, { totals: done.totals });
    return send(res, 200, { ref, totals: done.totals });
  }
  if (action === "cancel" && req.method === "POST") {
    const booking = desk.cancel(ref);
    if (!booking) return send(res, 409, { error: "not booked" });
    reminders.cancelFor(ref);
    logBooking("cancelled", booking);
    return send(res, 200, { ref });
  }
  const booking = desk.get(ref);
  return booking
    ? send(res, 200, { ref, lane: booking.lane, status: booking.status, party: booking.party })
    : send(res, 404, { error: "no such booking" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`bowling lanes on :${port}`));
