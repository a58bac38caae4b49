export interface RoomType {
  name: string;
  seats: number;
  booths: number;
  hourly: { offPeak: number; peak: number };
}

export const ROOM_TYPES: Record<string, RoomType> = {
  tokyo: { name: "Tokyo", seats: 6, booths: 16, hourly: { offPeak: 30, peak: 45 } },
  osaka: { name: "Osaka", seats: 10, booths: 16, hourly: { offPeak: 45, peak: 65 } },
  shibuya: { name: "Shibuya Suite", seats: 20, booths: 4, hourly: { offPeak: 90, peak: 130 } },
};

/** Friday and Saturday evenings are peak. */
export function isPeak(date: string, start: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return (day === 5 || day === 6) && Number(start.slice(0, 2)) >= 18;
}

export function price(type: RoomType, date: string, start: string, hours: number) {
  const rate = isPeak(date, start) ? type.hourly.peak : type.hourly.offPeak;
  const total = rate * hours;
  return { rate, hours, total, deposit: Math.ceil(total * 0.25) };
}
