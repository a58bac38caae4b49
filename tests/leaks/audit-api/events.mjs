// Audit events per tenant: each tenant keeps its newest 100 in memory; older ones are
// written to cold storage by the nightly export (not part of this service).

const PER_TENANT = 100;

export const TENANTS = new Map([
  ["acme", { name: "Acme Corp", retentionDays: 365, plan: "enterprise" }],
  ["globex", { name: "Globex", retentionDays: 90, plan: "team" }],
  ["initech", { name: "Initech", retentionDays: 30, plan: "starter" }],
  ["umbrella", { name: "Umbrella", retentionDays: 365, plan: "enterprise" }],
]);

const eventsByTenant = new Map([...TENANTS.keys()].map((t) => [t, []]));
const counters = new Map([...TENANTS.keys()].map((t) => [t, { recorded: 0, dropped: 0 }]));
let nextId = 1;

export function record(tenant, { actor, action, target, ip }) {
  const list = eventsByTenant.get(tenant);
  const event = {
    id: `evt_${(nextId++).toString(36)}`,
    actor,
    action,
    target: target ?? null,
    ip,
    at: new Date().toISOString(),
  };
  list.push(event);
  const count = counters.get(tenant);
  count.recorded++;
  if (list.length > PER_TENANT) {
    list.shift();
    count.dropped++;
  }
  return event;
}

export function query(tenant, { actor, action, limit }) {
  return eventsByTenant.get(tenant)
    .filter((e) => (!actor || e.actor === actor) && (!action || e.action === action))
    .slice(-limit)
    .reverse();
}

export function stats(tenant) {
  return { held: eventsByTenant.get(tenant).length, ...counters.get(tenant) };
}
