/** Kitchen tickets per location: the last few are kept for tablets that reconnect. */

const BACKLOG = 40;

export const KITCHENS = new Map([
  ["ams-centraal", {
    id: "ams-centraal",
    name: "Amsterdam Centraal",
    stations: ["grill", "fry", "cold", "pass"],
  }],
  ["utr-vaartsche", {
    id: "utr-vaartsche",
    name: "Utrecht Vaartsche Rijn",
    stations: ["grill", "pass"],
  }],
]);

const backlogs = new Map([...KITCHENS.keys()].map((id) => [id, []]));
let seq = 0;

export function createTicket(kitchenId, order) {
  const backlog = backlogs.get(kitchenId);
  const ticket = {
    seq: ++seq,
    order: order.order,
    table: order.table ?? null,
    channel: order.channel ?? "dine-in",
    items: order.items.map((item) => ({
      name: item.name,
      qty: item.qty ?? 1,
      station: item.station ?? "pass",
      notes: item.notes ?? "",
    })),
    createdAt: new Date().toISOString(),
  };
  backlog.push(ticket);
  if (backlog.length > BACKLOG) backlog.splice(0, backlog.length - BACKLOG);
  return ticket;
}

export function ticketsSince(kitchenId, since, station) {
  return backlogs.get(kitchenId).filter((t) =>
    t.seq > since && (!station || t.items.some((item) => item.station === station))
  );
}
