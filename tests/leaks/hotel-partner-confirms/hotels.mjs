// Contracted hotels and their room rates (cents per night), as loaded from the extranet export.
export const HOTELS = new Map([
  ["HTL-LIS-014", {
    name: "Casa do Rio Lisboa",
    city: "Lisbon",
    partner: "iberstay",
    rooms: { DBL: 14900, TWN: 13900, STE: 26900 },
    currency: "EUR",
  }],
  ["HTL-BCN-221", {
    name: "Hotel Miramar Barceloneta",
    city: "Barcelona",
    partner: "iberstay",
    rooms: { DBL: 17900, TWN: 16900 },
    currency: "EUR",
  }],
  ["HTL-EDI-007", {
    name: "The Royal Mile Rooms",
    city: "Edinburgh",
    partner: "northbeds",
    rooms: { DBL: 13500, FAM: 19500 },
    currency: "GBP",
  }],
]);

export function quoteStay(hotelId, roomType, nights) {
  const hotel = HOTELS.get(hotelId);
  const nightly = hotel?.rooms[roomType];
  if (!nightly) return undefined;
  return {
    hotelId,
    hotelName: hotel.name,
    partner: hotel.partner,
    roomType,
    nights,
    nightlyCents: nightly,
    totalCents: nightly * nights,
    currency: hotel.currency,
  };
}
