import { renderBoard } from "./board.ts";
import { guard } from "./guard.ts";
import { isStation } from "./timetable.ts";

const FEEDER = /^\/feeders\/([A-Z]+-\d+)\/(delay|arrived)$/;
const BOARD = /^\/stops\/([a-z-]+)\/board$/;

async function readJson(req: Request): Promise<Record<string, unknown> | null> {
  try {
    return await req.json();
  } catch {
    return null;
  }
}

export async function handle(req: Request): Promise<Response> {
  const { pathname } = new URL(req.url);
  if (req.method === "GET" && pathname === "/healthz") return Response.json({ ok: true });

  const board = BOARD.exec(pathname);
  if (board && req.method === "GET") {
    return Response.json(renderBoard(board[1], guard.activeAt(board[1])));
  }

  const feeder = FEEDER.exec(pathname);
  if (!feeder) return Response.json({ error: "not found" }, { status: 404 });
  if (req.method !== "POST") return Response.json({ error: "method not allowed" }, { status: 405 });
  const body = await readJson(req);
  if (!body) return Response.json({ error: "invalid JSON" }, { status: 400 });
  const station = String(body.station ?? "");
  if (!isStation(station)) return Response.json({ error: "unknown station" }, { status: 422 });
  const run = feeder[1];

  if (feeder[2] === "delay") {
    const delayMin = Number(body.delayMin);
    if (!Number.isInteger(delayMin) || delayMin < 1) {
      return Response.json({ error: "delayMin" }, { status: 422 });
    }
    const holds = guard.delayed(run, station, delayMin);
    return Response.json({ run, held: holds.map((h) => h.trip) }, { status: 201 });
  }
  return Response.json({ run, released: guard.arrived(run, station) });
}
