import { type Device, fleet, ProvisioningError } from "./device.ts";
import { type LockConfig, SmartLock, Thermostat, type ThermostatConfig } from "./kinds.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8863;

const BUILDINGS = new Set(["HQ-ROT", "DC-UTR", "LAB-EHV"]);

interface InstallBody {
  serial?: string;
  kind?: string;
  building?: string;
  floor?: number;
  config?: Record<string, unknown>;
}

function install(body: InstallBody): Device {
  const { serial, kind, building, floor = 0, config = {} } = body;
  if (!serial || !/^[A-Z]{2}-[\w-]+$/.test(serial)) {
    throw new ProvisioningError(400, "serial like TH-… or LK-… required");
  }
  if (!building || !BUILDINGS.has(building)) {
    throw new ProvisioningError(422, `unknown building ${building}`);
  }
  switch (kind) {
    case "thermostat":
      return new Thermostat(serial, building, floor, config as unknown as ThermostatConfig);
    case "lock":
      return new SmartLock(serial, building, floor, config as unknown as LockConfig);
    default:
      throw new ProvisioningError(422, `unknown device kind ${kind}`);
  }
}

function device(serial: string): Device {
  const found = fleet.get(serial);
  if (!found || found.status === "retired") {
    throw new ProvisioningError(404, `no device ${serial}`);
  }
  return found;
}

async function body<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new ProvisioningError(400, "body must be JSON");
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/devices" && req.method === "POST") {
    const created = install(await body<InstallBody>(req));
    created.activate();
    return Response.json(created.summary(), { status: 201 });
  }
  const m = /^\/devices\/([\w-]+)(?:\/(readings|badge|decommission))?$/.exec(url.pathname);
  if (m && !m[2] && req.method === "GET") return Response.json(device(m[1]).summary());
  if (m?.[2] === "readings" && req.method === "POST") {
    const { metric, value } = await body<{ metric?: string; value?: number }>(req);
    if (!metric || typeof value !== "number") {
      throw new ProvisioningError(400, "metric and value required");
    }
    device(m[1]).report(metric, value);
    return new Response(null, { status: 204 });
  }
  if (m?.[2] === "badge" && req.method === "POST") {
    const lock = device(m[1]);
    if (!(lock instanceof SmartLock)) throw new ProvisioningError(400, "not a lock");
    const { badge: id, groups } = await body<{ badge?: string; groups?: string[] }>(req);
    return Response.json({ granted: lock.badge(String(id), groups ?? []) });
  }
  if (m?.[2] === "decommission" && req.method === "POST") {
    device(m[1]).retire();
    return Response.json({ retired: m[1] });
  }
  if (url.pathname === "/buildings" && req.method === "GET") {
    const counts: Record<string, Record<string, number>> = {};
    for (const d of fleet.values()) {
      if (d.status !== "active") continue;
      const b = counts[d.building] ??= {};
      b[d.kind] = (b[d.kind] ?? 0) + 1;
    }
    return Response.json(counts);
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`building-devices on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof ProvisioningError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
