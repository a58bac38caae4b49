import { eventStore, throttleBy } from "./events.ts";

export class RotaError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Shift {
  id: string;
  ward: string;
  grade: "FY2" | "CT1" | "ST3" | "Consultant";
  starts: string;
  hours: number;
  rateMinor: number;
  claimedBy: string | null;
}

interface Rota {
  open: Record<string, Shift>;
  filled: { id: string; ward: string; doctor: string }[];
}

type RotaEvent =
  | { type: "shift.posted"; shift: Shift }
  | { type: "shift.claimed"; id: string; doctor: string }
  | { type: "shift.confirmed"; id: string }
  | { type: "shift.withdrawn"; id: string };

function apply(rota: Rota, e: RotaEvent): Rota {
  switch (e.type) {
    case "shift.posted":
      return { ...rota, open: { ...rota.open, [e.shift.id]: e.shift } };
    case "shift.claimed": {
      const shift = { ...rota.open[e.id], claimedBy: e.doctor };
      return { ...rota, open: { ...rota.open, [e.id]: shift } };
    }
    case "shift.confirmed": {
      const { [e.id]: shift, ...open } = rota.open;
      return {
        open,
        filled: [{ id: shift.id, ward: shift.ward, doctor: shift.claimedBy! }, ...rota.filled]
          .slice(0, 20),
      };
    }
    case "shift.withdrawn": {
      const { [e.id]: _gone, ...open } = rota.open;
      return { ...rota, open };
    }
  }
}

export const rota = eventStore<Rota, RotaEvent>(apply, { open: {}, filled: [] });

/** Pager messages to the ward, at most one per ward per 200 ms (the pager gateway's limit). */
const pages: { ward: string; text: string; at: number }[] = [];
const page = throttleBy((ward: string, text: string) => {
  pages.unshift({ ward, text, at: Date.now() });
  if (pages.length > 20) pages.length = 20;
}, 200);

export function openShift(id: string): Shift {
  const shift = rota.state.open[id];
  if (!shift) throw new RotaError(404, `no open shift ${id}`);
  return shift;
}

export function post(body: Partial<Shift>): Shift {
  if (!body.id || !body.ward || !body.grade || !body.starts) {
    throw new RotaError(400, "a shift needs id, ward, grade and start");
  }
  if (rota.state.open[body.id]) throw new RotaError(409, `shift ${body.id} is posted already`);
  const shift: Shift = {
    id: body.id,
    ward: body.ward,
    grade: body.grade,
    starts: body.starts,
    hours: Number(body.hours ?? 12),
    rateMinor: Number(body.rateMinor ?? 9500),
    claimedBy: null,
  };
  rota.append({ type: "shift.posted", shift });
  return shift;
}

export function claim(id: string, doctor: string) {
  const shift = openShift(id);
  if (shift.claimedBy) throw new RotaError(409, `claimed by ${shift.claimedBy}`);
  rota.append({ type: "shift.claimed", id, doctor });
  page(shift.ward, `${doctor} has claimed ${id}; please confirm`);
  return openShift(id);
}

export function confirm(id: string) {
  const shift = openShift(id);
  if (!shift.claimedBy) throw new RotaError(409, "nobody has claimed this shift");
  rota.append({ type: "shift.confirmed", id });
  page(shift.ward, `${id} confirmed for ${shift.claimedBy}`);
  return rota.state.filled[0];
}

export function withdraw(id: string) {
  openShift(id);
  rota.append({ type: "shift.withdrawn", id });
  return { id, withdrawn: true };
}

/** Long poll: the next event about this shift, or null after `ms`. */
export function nextEvent(id: string, ms: number): Promise<RotaEvent | null> {
  openShift(id);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined = undefined;
    const unsubscribe = rota.subscribe((_state, e) => {
      const about = e.type === "shift.posted" ? e.shift.id : e.id;
      if (about !== id) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(e);
    });
    timer = setTimeout(() => {
      unsubscribe();
      resolve(null);
    }, ms);
  });
}

export function stats() {
  return {
    open: Object.keys(rota.state.open).length,
    filled: rota.state.filled.slice(0, 5),
    events: rota.seq,
    pages: pages.slice(0, 3),
    throttled: page.pending,
  };
}
