import { reactive } from "./vendor/reactive.ts";

export class StudioError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Piece {
  description: string;
  clay: string;
  glaze: string | null;
  shelves: number;
}

export interface Firing {
  id: string;
  member: string;
  email: string;
  kiln: string;
  kind: "bisque" | "glaze";
  cone: string;
  pieces: Piece[];
  bookedFor: string;
  status: "booked" | "loaded" | "fired" | "unloaded";
}

interface Kiln {
  id: string;
  name: string;
  maxCone: number;
  shelves: number;
  kwhPerFiring: { bisque: number; glaze: number };
}

interface StudioState {
  rates: { perKwh: number; perShelf: number; glazeSurcharge: number; vatPct: number };
  kilns: Record<string, Kiln>;
}

export const state: StudioState = reactive({
  rates: { perKwh: 0.34, perShelf: 4.5, glazeSurcharge: 3, vatPct: 21 },
  kilns: {
    K1: {
      id: "K1",
      name: "Skutt KM-1227",
      maxCone: 10,
      shelves: 6,
      kwhPerFiring: { bisque: 28, glaze: 41 },
    },
    K2: {
      id: "K2",
      name: "Nabertherm Top 60",
      maxCone: 8,
      shelves: 4,
      kwhPerFiring: { bisque: 14, glaze: 19 },
    },
  },
});

/** Booked firings by id; each one is reactive, so a page that shows it follows its changes. */
export const firings = new Map<string, Firing>();

const CONE_NUMBER: Record<string, number> = { "06": -6, "04": -4, "6": 6, "8": 8, "10": 10 };
/** Last unloads, newest first, for the studio board. */
export const unloaded: { id: string; member: string; kiln: string; at: string }[] = [];

export function book(input: Partial<Firing> & { pieces?: Piece[] }): Firing {
  const kiln = state.kilns[input.kiln ?? ""];
  if (!kiln) throw new StudioError(404, `no kiln ${input.kiln}`);
  if (!input.id || !input.member) throw new StudioError(400, "id and member are required");
  if (firings.has(input.id)) throw new StudioError(409, `${input.id} is already booked`);
  const cone = String(input.cone ?? "06");
  if ((CONE_NUMBER[cone] ?? 99) > kiln.maxCone) {
    throw new StudioError(422, `${kiln.name} does not go to cone ${cone}`);
  }
  const pieces = (input.pieces ?? []).map((p) => ({
    description: String(p.description ?? ""),
    clay: String(p.clay ?? "stoneware"),
    glaze: p.glaze ?? null,
    shelves: Math.max(1, Number(p.shelves ?? 1)),
  }));
  const firing: Firing = reactive({
    id: input.id,
    member: input.member,
    email: String(input.email ?? ""),
    kiln: kiln.id,
    kind: input.kind === "glaze" ? "glaze" : "bisque",
    cone,
    pieces,
    bookedFor: String(input.bookedFor ?? new Date().toISOString().slice(0, 10)),
    status: "booked",
  });
  firings.set(firing.id, firing);
  return firing;
}

export function advance(id: string, status: Firing["status"]): Firing {
  const firing = firings.get(id);
  if (!firing) throw new StudioError(404, `no firing ${id}`);
  firing.status = status;
  if (status === "unloaded") {
    firings.delete(id);
    unloaded.unshift({
      id,
      member: firing.member,
      kiln: firing.kiln,
      at: new Date().toISOString(),
    });
    if (unloaded.length > 20) unloaded.length = 20;
  }
  return firing;
}

export function quote(firing: Firing) {
  const rates = state.rates;
  const kiln = state.kilns[firing.kiln];
  const shelves = firing.pieces.reduce((n, p) => n + p.shelves, 0);
  const energy = kiln.kwhPerFiring[firing.kind] * rates.perKwh * (shelves / kiln.shelves);
  const glazed = firing.pieces.filter((p) => p.glaze).length;
  const net = shelves * rates.perShelf + energy + glazed * rates.glazeSurcharge;
  const vat = net * rates.vatPct / 100;
  return {
    shelves,
    energy: energy.toFixed(2),
    net: net.toFixed(2),
    vat: vat.toFixed(2),
    total: (net + vat).toFixed(2),
    kilnName: kiln.name,
  };
}
