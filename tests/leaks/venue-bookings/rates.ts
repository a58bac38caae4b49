import { Cell, Derived } from "./reactive.ts";

export interface Room {
  id: string;
  name: string;
  capacity: number;
}

export interface RateCard {
  version: number;
  hourly: Record<string, number>;
  weekendSurcharge: number;
  cateringPerGuest: number;
}

export const ROOMS: Room[] = [
  { id: "zaal-1", name: "Grote Zaal", capacity: 120 },
  { id: "zaal-2", name: "Tuinkamer", capacity: 40 },
  { id: "studio", name: "Studio", capacity: 12 },
];

export const rateCard = new Cell<RateCard>({
  version: 1,
  hourly: { "zaal-1": 245_00, "zaal-2": 110_00, studio: 45_00 },
  weekendSurcharge: 0.25,
  cateringPerGuest: 18_50,
});

export interface PriceBreakdown {
  rateCardVersion: number;
  room: number;
  surcharge: number;
  catering: number;
  total: number;
}

/** A live price for a hold: it follows rate card changes until the booking is confirmed. */
export function livePrice(
  roomId: string,
  date: string,
  hours: number,
  guests: number,
  catering: boolean,
): Derived<PriceBreakdown> {
  const weekend = [0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay());
  return new Derived(() => {
    const card = rateCard.value;
    const room = card.hourly[roomId] * hours;
    const surcharge = weekend ? Math.round(room * card.weekendSurcharge) : 0;
    const food = catering ? card.cateringPerGuest * guests : 0;
    return {
      rateCardVersion: card.version,
      room,
      surcharge,
      catering: food,
      total: room + surcharge + food,
    };
  });
}

export function setHourlyRate(roomId: string, cents: number): RateCard {
  const card = rateCard.value;
  const next = { ...card, version: card.version + 1, hourly: { ...card.hourly, [roomId]: cents } };
  rateCard.value = next;
  return next;
}
