"use strict";

const { createHooks } = require("./vendor/hookable/index.cjs");
const { fleet } = require("./fleet.cjs");
const engineHours = require("./plugins/engine-hours.cjs");
const fuel = require("./plugins/fuel.cjs");
const damage = require("./plugins/damage.cjs");

class HireError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const pluginErrors = [];
const hooks = createHooks(["hireStarted", "meterReading", "hireEnded"], {
  onError: ({ hook, plugin, err }) => {
    pluginErrors.unshift(`${hook}/${plugin}: ${err.message}`);
    pluginErrors.length = Math.min(pluginErrors.length, 10);
  },
});

const inspections = new Map();
engineHours(hooks, { ratePerExtraHour: 18.5 });
fuel(hooks, { pricePerPercent: 0.95 });
damage(hooks, { inspections });

const onHire = new Map();
const invoices = { sent: 0, recent: [] };

async function checkout(req) {
  const machine = fleet.get(req.machine);
  if (!machine) throw new HireError(404, `no machine ${req.machine}`);
  if (!req.id || !req.customer?.account) {
    throw new HireError(400, "id and customer.account are required");
  }
  if (onHire.has(req.id)) throw new HireError(409, `hire ${req.id} already exists`);
  const hire = {
    id: req.id,
    machine: { id: machine.id, model: machine.model, dayRate: machine.dayRate },
    customer: req.customer,
    site: req.site,
    days: Number(req.days) || 1,
    withOperator: Boolean(req.operator),
    notes: req.notes ?? "",
    status: "on-hire",
    startedAt: new Date().toISOString(),
    meter: { readings: 0 },
    charges: [],
    detach: [],
  };
  onHire.set(hire.id, hire);
  machine.out++;
  machine.status = "on-hire";
  await hooks.hireStarted.call(hire);
  return hire;
}

function reading(r) {
  return hooks.meterReading.call({
    unit: r.unit,
    hire: r.hire,
    engineHours: Number(r.engineHours),
    fuelPct: Number(r.fuelPct),
    at: r.at ?? new Date().toISOString(),
  });
}

async function offHire(id, returned) {
  const hire = onHire.get(id);
  if (!hire) throw new HireError(404, `no hire ${id} on hire`);
  hire.status = "returned";
  for (const detach of hire.detach) detach();
  hire.charges.push({
    line: `${hire.machine.model} × ${hire.days} day(s)`,
    amount: hire.machine.dayRate * hire.days,
  });
  await hooks.hireEnded.call(hire, {
    engineHours: Number(returned.engineHours),
    fuelPct: Number(returned.fuelPct),
    damage: returned.damage,
  });
  onHire.delete(id);
  const machine = fleet.get(hire.machine.id);
  if (--machine.out === 0) machine.status = "available";

  const invoice = {
    number: `PH-${String(++invoices.sent).padStart(6, "0")}`,
    account: hire.customer.account,
    hire: hire.id,
    lines: hire.charges,
    total: Math.round(hire.charges.reduce((n, c) => n + c.amount, 0) * 100) / 100,
  };
  invoices.recent.unshift({
    number: invoice.number,
    account: invoice.account,
    total: invoice.total,
  });
  invoices.recent.length = Math.min(invoices.recent.length, 10);
  return invoice;
}

function view(id) {
  const hire = onHire.get(id);
  if (!hire) throw new HireError(404, `no hire ${id} on hire`);
  return {
    id: hire.id,
    machine: hire.machine.id,
    customer: hire.customer.name,
    site: hire.site?.address,
    days: hire.days,
    meter: hire.meter,
  };
}

function stats() {
  return {
    onHire: onHire.size,
    invoices,
    inspections: Object.fromEntries(inspections),
    pluginErrors,
    taps: Object.fromEntries(Object.entries(hooks).map(([k, h]) => [k, h.taps.length])),
  };
}

module.exports = { HireError, checkout, offHire, reading, stats, view };
