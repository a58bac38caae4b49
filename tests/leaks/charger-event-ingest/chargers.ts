export interface Connector {
  status: string;
  transactionId?: number;
  meterWh: number;
  powerW: number;
  updatedAt: string;
}

export interface Charger {
  id: string;
  site: string;
  connectors: Map<number, Connector>;
  lastHeard?: string;
}

function charger(id: string, site: string, connectors: number): Charger {
  const map = new Map<number, Connector>();
  for (let n = 1; n <= connectors; n++) {
    map.set(n, { status: "Available", meterWh: 0, powerW: 0, updatedAt: new Date().toISOString() });
  }
  return { id, site, connectors: map };
}

export const chargers = new Map<string, Charger>([
  ["CP-0041", charger("CP-0041", "Station Road P+R", 2)],
  ["CP-0042", charger("CP-0042", "Station Road P+R", 2)],
  ["CP-0107", charger("CP-0107", "Leisure Centre", 4)],
]);

export interface ChargerEvent {
  charger: string;
  connector: number;
  action: "StartTransaction" | "MeterValues" | "StopTransaction" | "StatusNotification";
  transactionId?: number;
  idTag?: string;
  meterWh?: number;
  powerW?: number;
  status?: string;
  timestamp?: string;
}

const recent: { at: string; charger: string; action: string }[] = [];
const MAX_RECENT = 50;
const totals = { processed: 0, sessionsStarted: 0, sessionsStopped: 0, energyWh: 0 };

export function apply(ev: ChargerEvent): Connector {
  const cp = chargers.get(ev.charger);
  if (!cp) throw new Error(`unknown charger ${ev.charger}`);
  const conn = cp.connectors.get(ev.connector);
  if (!conn) throw new Error(`${ev.charger} has no connector ${ev.connector}`);
  const at = ev.timestamp ?? new Date().toISOString();
  switch (ev.action) {
    case "StartTransaction":
      conn.status = "Charging";
      conn.transactionId = ev.transactionId;
      conn.meterWh = ev.meterWh ?? conn.meterWh;
      totals.sessionsStarted++;
      break;
    case "MeterValues":
      if (ev.meterWh !== undefined && ev.meterWh > conn.meterWh) {
        totals.energyWh += ev.meterWh - conn.meterWh;
        conn.meterWh = ev.meterWh;
      }
      conn.powerW = ev.powerW ?? conn.powerW;
      break;
    case "StopTransaction":
      conn.status = "Available";
      conn.transactionId = undefined;
      conn.powerW = 0;
      totals.sessionsStopped++;
      break;
    case "StatusNotification":
      conn.status = ev.status ?? conn.status;
      break;
  }
  conn.updatedAt = at;
  cp.lastHeard = at;
  totals.processed++;
  recent.unshift({ at, charger: ev.charger, action: ev.action });
  if (recent.length > MAX_RECENT) recent.length = MAX_RECENT;
  return conn;
}

export function overview() {
  return {
    totals,
    recent: recent.slice(0, 10),
    chargers: [...chargers.values()].map((cp) => ({
      id: cp.id,
      site: cp.site,
      lastHeard: cp.lastHeard,
      connectors: Object.fromEntries(cp.connectors),
    })),
  };
}
