export class HarbourError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Berth {
  id: string;
  pontoon: "A" | "B" | "C";
  maxLengthM: number;
  shore: boolean;
}

export interface Visit {
  id: string;
  boat: {
    name: string;
    flag: string;
    lengthM: number;
    beamM: number;
    skipper: string;
    phone: string;
  };
  berth: string;
  arrived: string;
  nights: number;
  electricity: boolean;
  tariffVersion: number;
  /** Stops this visit's tariff subscription. */
  watch: AbortController;
}

/** The harbour's berths and the season's tariff, as the harbour master's office keeps them. */
export const berths: Berth[] = [];
for (const [pontoon, count, maxLengthM] of [["A", 12, 10], ["B", 12, 14], ["C", 8, 20]] as const) {
  for (let n = 1; n <= count; n++) {
    berths.push({ id: `${pontoon}${n}`, pontoon, maxLengthM, shore: pontoon !== "A" });
  }
}

export const tariff = {
  version: 1,
  perMetreNight: 2.35,
  tourismTaxPerPerson: 1.6,
  electricityPerNight: 3.5,
  showerTokens: 0.5,
};

/** Tariff changes reach the visits that are in (their quotes are redone). */
export const tariffEvents = new EventTarget();

export function setTariff(patch: Partial<typeof tariff>) {
  Object.assign(tariff, patch, { version: tariff.version + 1 });
  tariffEvents.dispatchEvent(new CustomEvent("change", { detail: tariff.version }));
  return tariff;
}
