import { cached, html, type Safe } from "./render.ts";

export type Room = {
  id: string;
  name: string;
  beds: number;
  nightlyCents: number;
  ensuite: boolean;
};
export type Hostel = { slug: string; name: string; city: string; currency: string; rooms: Room[] };

export const HOSTELS: Hostel[] = [
  {
    slug: "amsterdam-central",
    name: "Canal Bunks",
    city: "Amsterdam",
    currency: "EUR",
    rooms: [
      { id: "dorm-8", name: "8-bed dorm", beds: 8, nightlyCents: 3400, ensuite: false },
      { id: "dorm-4", name: "4-bed dorm", beds: 4, nightlyCents: 4600, ensuite: true },
      { id: "twin", name: "Private twin", beds: 2, nightlyCents: 11800, ensuite: true },
    ],
  },
  {
    slug: "lisbon-alfama",
    name: "Alfama Rooftop",
    city: "Lisbon",
    currency: "EUR",
    rooms: [
      { id: "dorm-6", name: "6-bed dorm", beds: 6, nightlyCents: 2600, ensuite: false },
      { id: "double", name: "Double with terrace", beds: 2, nightlyCents: 8900, ensuite: true },
    ],
  },
];

const Facilities = ({ room }: { room: Room }) =>
  html`<ul class="facilities"><li>${room.beds} beds</li>${
    room.ensuite ? html`<li>Ensuite bathroom</li>` : html`<li>Shared bathroom</li>`
  }</ul>`;

const HostelTeaser = ({ hostel }: { hostel: Hostel }) =>
  html`<li><a href="/hostels/${hostel.slug}/rooms">${hostel.name}</a>, ${hostel.city}</li>`;

export function listPage(): Safe {
  const items = HOSTELS.map((hostel) => cached(HostelTeaser, { hostel }));
  return html`
    <!doctype html>
    <title>Hostels</title>
    <ul>${items}</ul>
  `;
}

export function roomsPage(hostel: Hostel, lang: string, nights: number): Safe {
  const money = new Intl.NumberFormat(lang, { style: "currency", currency: hostel.currency });
  // Prices in the visitor's language, for the stay they asked about.
  const Price = ({ cents }: { cents: number }) =>
    html`<span class="price" lang="${lang}">${money.format(cents / 100)}</span>`;

  const cards = hostel.rooms.map((room) =>
    html`
      <article
        id="${room.id}"><h2>${room.name}</h2>${cached(Facilities, { room })}<p>${cached(Price, {
          cents: room.nightlyCents,
        })} per night, ${cached(Price, {
          cents: room.nightlyCents * nights,
        })} for ${nights} nights</p></article>
    `
  );
  return html`
    <!doctype html>
    <html lang="${lang}"><title>${hostel.name}</title><h1>${hostel.name}</h1>${cards}</html>
  `;
}
