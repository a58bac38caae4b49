// The desk's corporate clients and the spread each is quoted at (basis points of the mid).
const CLIENTS = new Map([
  ["acme-treasury", { name: "Acme Treasury B.V.", tier: "gold", spreadBps: 4, limit: 5_000_000 }],
  ["nordic-shipping", {
    name: "Nordic Shipping AS",
    tier: "silver",
    spreadBps: 7,
    limit: 2_000_000,
  }],
  ["bloom-exports", { name: "Bloom Exports", tier: "standard", spreadBps: 12, limit: 500_000 }],
]);

export function findClient(id) {
  return CLIENTS.get(id);
}
