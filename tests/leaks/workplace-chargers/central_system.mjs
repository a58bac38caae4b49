import TidyEmitter from "./node_modules/tidy-emitter/index.js";

/**
 * The OCPP central system for the office car park (simulated charge points): remote start and
 * stop go out to a charge point, and its StopTransaction comes back a moment later as an event.
 */

export const handlerErrors = { count: 0, lastMessage: null };

export const centralSystem = new TidyEmitter({
  onError: (err, event) => {
    handlerErrors.count++;
    handlerErrors.lastMessage = `${event}: ${err.message}`;
  },
});

const CHARGE_POINTS = [
  { id: "CP-01", location: "P1 row A", maxKw: 11 },
  { id: "CP-02", location: "P1 row A", maxKw: 11 },
  { id: "CP-03", location: "P1 row B", maxKw: 22 },
  { id: "CP-04", location: "P1 row B", maxKw: 22 },
  { id: "CP-05", location: "P2 visitors", maxKw: 11 },
  { id: "CP-06", location: "P2 visitors", maxKw: 50 },
];

export const chargePoints = new Map(
  CHARGE_POINTS.map((cp) => [cp.id, { ...cp, meterWh: 1_250_000, sessions: 0, status: "idle" }]),
);

/** Energy reported by a charge point's MeterValues. */
export function meterValue(chargePoint, wh) {
  chargePoint.meterWh += wh;
}

/** RemoteStopTransaction: the charge point stops and reports back with StopTransaction. */
export function remoteStop(chargePoint, sessionId) {
  setTimeout(() => {
    chargePoint.status = "idle";
    centralSystem.emit(`StopTransaction:${sessionId}`, {
      sessionId,
      meterStopWh: chargePoint.meterWh,
      reason: "Remote",
      timestamp: new Date().toISOString(),
    });
  }, 10);
}
