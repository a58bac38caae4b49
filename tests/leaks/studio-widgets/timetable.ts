export interface StudioClass {
  id: string;
  title: string;
  teacher: string;
  startsAt: string;
  minutes: number;
  level: string;
  capacity: number;
  booked: number;
  priceCents: number;
}

const TEMPLATES = [
  {
    title: "Vinyasa Flow",
    teacher: "Mara",
    minutes: 60,
    level: "All",
    capacity: 18,
    priceCents: 1600,
  },
  {
    title: "Yin & Restore",
    teacher: "Jonas",
    minutes: 75,
    level: "All",
    capacity: 14,
    priceCents: 1800,
  },
  {
    title: "Reformer Basics",
    teacher: "Ilse",
    minutes: 50,
    level: "1",
    capacity: 8,
    priceCents: 2600,
  },
  {
    title: "Barre Burn",
    teacher: "Priya",
    minutes: 45,
    level: "2",
    capacity: 16,
    priceCents: 1500,
  },
];

/** A week of classes for a studio, generated from its templates (the real one reads the diary). */
export function weekFor(studio: string, weekStart: Date): StudioClass[] {
  const out: StudioClass[] = [];
  for (let d = 0; d < 7; d++) {
    TEMPLATES.forEach((t, n) => {
      const start = new Date(weekStart.getTime() + d * 86_400_000 + (7 + n * 3) * 3_600_000);
      out.push({
        id: `${studio}-${start.toISOString().slice(0, 13)}`,
        ...t,
        startsAt: start.toISOString(),
        booked: (d * 5 + n * 3) % (t.capacity + 1),
      });
    });
  }
  return out;
}
