import { HashSet } from "./vendor/jcollections.ts";
import { BoxOfficeError, type Customer, SeatHold } from "./model.ts";
import { needPerformance, seatInfo } from "./performances.ts";

/** Every seat held in a basket, across performances (HoldManager.activeHolds). */
const activeHolds = new HashSet<SeatHold>();
/** Open baskets: basket id → its holds. */
const baskets = new Map<string, SeatHold[]>();

let nextTicket = 1;

export function hold(basketId: string, performanceId: string, seat: string, customer: Customer) {
  const performance = needPerformance(performanceId);
  if (performance.taken.has(seat)) throw new BoxOfficeError(409, `${seat} is not available`);
  const { band, pricePence } = seatInfo(seat);
  const seatHold = new SeatHold(
    performanceId,
    seat,
    basketId,
    band,
    pricePence,
    { ...customer },
    Date.now(),
  );
  activeHolds.add(seatHold);
  performance.taken.set(seat, "held");
  let basket = baskets.get(basketId);
  if (!basket) baskets.set(basketId, basket = []);
  basket.push(seatHold);
  return seatHold;
}

function need(basketId: string) {
  const basket = baskets.get(basketId);
  if (!basket) throw new BoxOfficeError(404, `no basket ${basketId}`);
  return basket;
}

/** Lets go of a basket's holds (checkout done, or abandoned). */
function release(basket: SeatHold[]) {
  for (const seatHold of basket) {
    activeHolds.remove(seatHold);
    if (seatHold.status === "HELD") {
      seatHold.status = "RELEASED";
      needPerformance(seatHold.performanceId).taken.delete(seatHold.seat);
    }
  }
}

/** Payment taken: every hold becomes a ticket, and the basket goes. */
export function checkout(basketId: string, payment: { method: string; last4?: string }) {
  const basket = need(basketId);
  let totalPence = 0;
  const tickets: string[] = [];
  for (const seatHold of basket) {
    const performance = needPerformance(seatHold.performanceId);
    seatHold.ticketNo = `T${String(nextTicket++).padStart(7, "0")}`;
    seatHold.status = "SOLD";
    performance.taken.set(seatHold.seat, "sold");
    performance.sold.push({
      seat: seatHold.seat,
      ticketNo: seatHold.ticketNo,
      pricePence: seatHold.pricePence,
    });
    totalPence += seatHold.pricePence;
    tickets.push(seatHold.ticketNo);
  }
  release(basket);
  baskets.delete(basketId);
  return { basketId, tickets, totalPence, paidBy: payment.method };
}

export function abandon(basketId: string) {
  const basket = need(basketId);
  release(basket);
  baskets.delete(basketId);
}

export function holdStats() {
  let held = 0;
  for (const seatHold of activeHolds) if (seatHold.status === "HELD") held++;
  return { held, baskets: baskets.size };
}
