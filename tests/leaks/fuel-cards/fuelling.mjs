// Authorising a fill-up: card and limit checks, the pump authorisation, waiting for the pump to
// report the litres, and booking the transaction on the fleet's statement.

import { log, requestContext } from "./context.mjs";
import { findCard, findFleet, FuelError, pricerFor } from "./fleets.mjs";
import { authorisePump, pumpEvents, STATIONS } from "./pumps.mjs";

const STATEMENT_LINES = 40;
const statements = new Map();
let sequence = 0;

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new FuelError(504, message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function waitForCompletion(authorisation) {
  const events = pumpEvents.subscribe((e) => e.authorisation === authorisation.id);
  authorisePump(authorisation.station, authorisation.pump, authorisation);
  for await (const event of events) {
    if (event.type === "completed") return event;
  }
  throw new FuelError(502, "pump feed closed");
}

export async function authorise(cardId, body) {
  const card = findCard(cardId);
  const fleet = findFleet(card.fleet);
  if (card.blocked) throw new FuelError(403, "card blocked");
  const station = STATIONS[body.station];
  if (!station) throw new FuelError(422, `unknown station ${body.station}`);
  if (!fleet.products.includes(body.product)) {
    throw new FuelError(403, `${body.product} is not on ${fleet.name}'s contract`);
  }
  const requestedLitres = Number(body.litres);
  if (!(requestedLitres > 0 && requestedLitres <= 400)) {
    throw new FuelError(422, "litres must be 1-400");
  }
  const odometer = Number(body.odometer);
  if (!Number.isFinite(odometer) || odometer < 0) throw new FuelError(422, "odometer is required");

  const authorisation = {
    id: `auth-${++sequence}`,
    station: body.station,
    pump: Number(body.pump) || 1,
    requestedLitres,
    maxLitres: card.maxFillLitres,
    requestId: requestContext.getStore()?.requestId,
  };
  if (authorisation.maxLitres === 0) throw new FuelError(403, "card has no fill allowance");

  const completed = await withTimeout(
    waitForCompletion(authorisation),
    2000,
    "pump did not report",
  );
  const unitCents = pricerFor(fleet)(body.product, station.prices[body.product]);
  const line = {
    at: new Date(completed.at).toISOString(),
    card: card.id,
    plate: card.plate,
    station: station.name,
    product: body.product,
    litres: completed.litres,
    centsPerLitre: unitCents,
    totalCents: Math.round(completed.litres * unitCents),
    odometer,
  };
  card.fills++;
  card.litres = Math.round((card.litres + completed.litres) * 100) / 100;
  card.lastOdometer = Math.max(card.lastOdometer, odometer);
  const statement = statements.get(fleet.id) ?? [];
  statement.push(line);
  if (statement.length > STATEMENT_LINES) statement.splice(0, statement.length - STATEMENT_LINES);
  statements.set(fleet.id, statement);
  log("info", "fuelled", { card: card.id, litres: completed.litres });
  return line;
}

export function spend(fleetId) {
  const fleet = findFleet(fleetId);
  const lines = statements.get(fleet.id) ?? [];
  const totalCents = lines.reduce((sum, l) => sum + l.totalCents, 0);
  const litres = lines.reduce((sum, l) => sum + l.litres, 0);
  return {
    fleet: fleet.name,
    lines: lines.slice(-10),
    totalCents,
    litres,
    subscribers: pumpEvents.size,
  };
}
