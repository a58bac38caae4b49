import { BoxOfficeError } from "./model.ts";

/** The main house: stalls rows A–K (20 seats), circle rows A–E (16 seats). */
const HOUSE: { section: string; rows: string[]; seats: number; band: (row: string) => string }[] = [
  {
    section: "STALLS",
    rows: "ABCDEFGHJK".split(""),
    seats: 20,
    band: (row) => (row <= "F" ? "A" : "B"),
  },
  {
    section: "CIRCLE",
    rows: "ABCDE".split(""),
    seats: 16,
    band: (row) => (row <= "B" ? "A" : "C"),
  },
];

const PRICES: Record<string, number> = { A: 5800, B: 4200, C: 2900 };

export interface Performance {
  id: string;
  show: string;
  at: string;
  /** seat → state; a seat absent from `taken` is on sale */
  taken: Map<string, "held" | "sold">;
  sold: { seat: string; ticketNo: string; pricePence: number }[];
}

const performances = new Map<string, Performance>();
/** The last 20 closed performances, for the returns report. */
const closed: { id: string; show: string; sold: number; takingsPence: number }[] = [];

export function seatInfo(seat: string): { band: string; pricePence: number } {
  const [section, row, number] = seat.split("-");
  const area = HOUSE.find((h) => h.section === section);
  const n = Number(number);
  if (!area || !area.rows.includes(row) || !(n >= 1 && n <= area.seats)) {
    throw new BoxOfficeError(422, `no seat ${seat} in the main house`);
  }
  const band = area.band(row);
  return { band, pricePence: PRICES[band] };
}

export function schedule(body: { id: string; show: string; at: string }): Performance {
  if (performances.has(body.id)) throw new BoxOfficeError(409, `${body.id} is already on sale`);
  const performance = { id: body.id, show: body.show, at: body.at, taken: new Map(), sold: [] };
  performances.set(body.id, performance);
  return performance;
}

export function needPerformance(id: string): Performance {
  const performance = performances.get(id);
  if (!performance) throw new BoxOfficeError(404, `no performance ${id}`);
  return performance;
}

export function seatMap(id: string) {
  const performance = needPerformance(id);
  const rows: Record<string, string> = {};
  for (const area of HOUSE) {
    for (const row of area.rows) {
      let line = "";
      for (let n = 1; n <= area.seats; n++) {
        const state = performance.taken.get(`${area.section}-${row}-${n}`);
        line += state === "sold" ? "x" : state === "held" ? "h" : ".";
      }
      rows[`${area.section}-${row}`] = line;
    }
  }
  return { id, show: performance.show, at: performance.at, rows };
}

/** After the curtain: the performance leaves the sale and its takings go to the returns. */
export function close(id: string) {
  const performance = needPerformance(id);
  performances.delete(id);
  const takingsPence = performance.sold.reduce((sum, s) => sum + s.pricePence, 0);
  closed.unshift({ id, show: performance.show, sold: performance.sold.length, takingsPence });
  if (closed.length > 20) closed.pop();
  return closed[0];
}
