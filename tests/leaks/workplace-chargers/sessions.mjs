import { centralSystem, chargePoints, meterValue, remoteStop } from "./central_system.mjs";
import { priceSession } from "./billing.mjs";

const active = new Map();
const completed = [];
const MAX_COMPLETED = 30;
export const totals = { sessions: 0, kwh: 0, amountCents: 0 };

export class SessionError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

export function startSession(body) {
  const chargePoint = chargePoints.get(body.chargePoint);
  if (!chargePoint) throw new SessionError(`unknown charge point ${body.chargePoint}`, 404);
  if (!/^S\w+$/.test(body.id ?? "")) throw new SessionError("session id required");
  if (active.has(body.id)) throw new SessionError(`session ${body.id} is running`, 409);
  if (!body.badge) throw new SessionError("badge required");
  const session = {
    id: body.id,
    chargePoint: chargePoint.id,
    connector: body.connector ?? 1,
    badge: body.badge,
    employee: body.employee ?? null,
    vehicle: body.vehicle ?? null,
    meterStartWh: chargePoint.meterWh,
    startedAt: new Date().toISOString(),
    status: "charging",
  };
  // The session is settled when the charge point confirms the stop.
  centralSystem.once(`StopTransaction:${session.id}`, (stop) => settle(session, stop));
  chargePoint.status = "charging";
  chargePoint.sessions++;
  active.set(session.id, session);
  return session;
}

export function findSession(id) {
  return active.get(id);
}

export function reportMeter(session, wh) {
  meterValue(chargePoints.get(session.chargePoint), wh);
  session.lastMeterAt = new Date().toISOString();
}

export function requestStop(session) {
  session.status = "stopping";
  remoteStop(chargePoints.get(session.chargePoint), session.id);
}

function settle(session, stop) {
  active.delete(session.id);
  session.status = "completed";
  session.stoppedAt = stop.timestamp;
  session.energyWh = stop.meterStopWh - session.meterStartWh;
  const line = priceSession(session);
  totals.sessions++;
  totals.kwh += line.kwh;
  totals.amountCents += line.amountCents;
  completed.push({ id: session.id, chargePoint: session.chargePoint, kwh: line.kwh });
  if (completed.length > MAX_COMPLETED) completed.shift();
}

export function overview() {
  return {
    active: active.size,
    totals: { ...totals, kwh: Math.round(totals.kwh * 10) / 10 },
    recent: completed.slice(-5),
  };
}
