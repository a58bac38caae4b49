export interface Store {
  id: string;
  name: string;
  lat: number;
  lng: number;
  opens: string;
  closes: string;
  services: string[];
}

export const STORES: Store[] = [
  {
    id: "ams-centraal",
    name: "Amsterdam Centraal",
    lat: 52.3789,
    lng: 4.9004,
    opens: "07:00",
    closes: "22:00",
    services: ["pickup", "returns"],
  },
  {
    id: "ams-zuid",
    name: "Amsterdam Zuid",
    lat: 52.3389,
    lng: 4.8722,
    opens: "08:00",
    closes: "21:00",
    services: ["pickup"],
  },
  {
    id: "ams-oost",
    name: "Amsterdam Oost",
    lat: 52.3607,
    lng: 4.9335,
    opens: "08:00",
    closes: "20:00",
    services: ["pickup", "repairs"],
  },
  {
    id: "haarlem",
    name: "Haarlem Grote Markt",
    lat: 52.3813,
    lng: 4.6366,
    opens: "09:00",
    closes: "18:00",
    services: ["returns"],
  },
  {
    id: "amstelveen",
    name: "Amstelveen Stadshart",
    lat: 52.3025,
    lng: 4.8597,
    opens: "09:00",
    closes: "21:00",
    services: ["pickup", "returns", "repairs"],
  },
  {
    id: "zaandam",
    name: "Zaandam Gedempte Gracht",
    lat: 52.4385,
    lng: 4.8266,
    opens: "09:00",
    closes: "18:00",
    services: ["pickup"],
  },
];

const toRad = (deg: number) => (deg * Math.PI) / 180;

export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const dLat = toRad(bLat - aLat);
  const dLng = toRad(bLng - aLng);
  const h = Math.sin(dLat / 2) ** 2 +
    Math.cos(toRad(aLat)) * Math.cos(toRad(bLat)) * Math.sin(dLng / 2) ** 2;
  return 6371 * 2 * Math.asin(Math.sqrt(h));
}

export function nearest(lat: number, lng: number, opts: { service?: string; limit: number }) {
  return STORES
    .filter((s) => !opts.service || s.services.includes(opts.service))
    .map((s) => ({ ...s, distanceKm: Math.round(distanceKm(lat, lng, s.lat, s.lng) * 10) / 10 }))
    .sort((a, b) => a.distanceKm - b.distanceKm)
    .slice(0, opts.limit);
}
