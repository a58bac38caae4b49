import { BoundedCache, rosterKey, shiftKey } from "./cache.ts";
import { getShift, wardShifts } from "./db.ts";
import { UnitOfWork } from "./uow.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8094;

const cache = new BoundedCache(100, 60_000);

async function readShift(id: string): Promise<Response> {
  const shift = await cache.get(shiftKey(id), () => getShift(id));
  return shift ? Response.json(shift) : Response.json({ error: `no shift ${id}` }, { status: 404 });
}

async function patchShift(id: string, req: Request): Promise<Response> {
  const patch = await req.json().catch(() => null);
  if (!patch) return Response.json({ error: "invalid JSON" }, { status: 400 });
  const uow = new UnitOfWork();
  const shift = await uow.shift(id);
  if (!shift) return Response.json({ error: `no shift ${id}` }, { status: 404 });
  if (patch.version !== undefined && patch.version !== shift.version) {
    return Response.json({ error: "stale version", current: shift.version }, { status: 409 });
  }
  if (typeof patch.nurse === "string") shift.nurse = patch.nurse;
  if (typeof patch.note === "string") shift.note = patch.note.slice(0, 200);
  const { saved, conflicts } = await uow.commit();
  cache.invalidate(shiftKey(id), rosterKey(shift.ward));
  if (conflicts.length) return Response.json({ error: conflicts[0] }, { status: 409 });
  return Response.json({ id, version: saved[0]?.version ?? shift.version });
}

async function route(req: Request, url: URL): Promise<Response> {
  const shift = /^\/shifts\/([\w-]+)$/.exec(url.pathname);
  if (shift && req.method === "GET") return await readShift(shift[1]);
  if (shift && req.method === "PATCH") return await patchShift(shift[1], req);
  const roster = /^\/wards\/([\w-]+)\/roster$/.exec(url.pathname);
  if (roster && req.method === "GET") {
    const ward = roster[1];
    return Response.json(await cache.get(rosterKey(ward), () => wardShifts(ward, 30)));
  }
  if (url.pathname === "/debug/cache") return Response.json({ entries: cache.size });
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
