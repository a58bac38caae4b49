export interface RoomRate {
  hotel: string;
  room: string;
  baseCents: number;
  weekendUplift: number;
}

export class RateCardChangeEvent extends Event {
  constructor(readonly hotel: string, readonly room: string, readonly revision: number) {
    super("change");
  }
}

/** The live rate card; revenue management pushes changes through PATCH /rates/:hotel/:room. */
export class RateCard extends EventTarget {
  #rates = new Map<string, RoomRate>();
  revision = 0;

  load(rates: RoomRate[]) {
    for (const rate of rates) this.#rates.set(`${rate.hotel}/${rate.room}`, rate);
  }

  get(hotel: string, room: string): RoomRate | undefined {
    return this.#rates.get(`${hotel}/${room}`);
  }

  update(
    hotel: string,
    room: string,
    change: Partial<Pick<RoomRate, "baseCents" | "weekendUplift">>,
  ) {
    const current = this.get(hotel, room);
    if (!current) return undefined;
    const next = { ...current, ...change };
    this.#rates.set(`${hotel}/${room}`, next);
    this.revision++;
    this.dispatchEvent(new RateCardChangeEvent(hotel, room, this.revision));
    return next;
  }
}
