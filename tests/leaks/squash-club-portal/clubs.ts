export interface ClubConfig {
  id: string;
  name: string;
  courts: string[];
  opens: number;
  closes: number;
  slotMinutes: number;
  peakFrom: number;
  memberRateCents: number;
  peakRateCents: number;
  guestFeeCents: number;
  maxAdvanceDays: number;
}

const RAW: Record<string, Omit<ClubConfig, "id">> = {
  "riverside-squash": {
    name: "Riverside Squash & Racketball",
    courts: ["Court 1", "Court 2", "Court 3 (glass)", "Court 4"],
    opens: 7,
    closes: 22,
    slotMinutes: 45,
    peakFrom: 17,
    memberRateCents: 600,
    peakRateCents: 900,
    guestFeeCents: 500,
    maxAdvanceDays: 8,
  },
  "northgate-lta": {
    name: "Northgate Squash Club",
    courts: ["A", "B"],
    opens: 8,
    closes: 21,
    slotMinutes: 40,
    peakFrom: 18,
    memberRateCents: 500,
    peakRateCents: 700,
    guestFeeCents: 400,
    maxAdvanceDays: 14,
  },
};

/** Parsed club settings by id (a handful of clubs, kept for the process). */
const configs = new Map<string, ClubConfig>();

export function clubConfig(id: string): ClubConfig | undefined {
  const cached = configs.get(id);
  if (cached) return cached;
  const raw = RAW[id];
  if (!raw) return undefined;
  const config = Object.freeze({ id, ...raw, courts: [...raw.courts] });
  configs.set(id, config);
  return config;
}
