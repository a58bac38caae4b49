import { db, type TourRow, tours } from "./db.ts";

const PAGE_SIZE = 8;
const LISTING_COLUMNS = [
  "id",
  "name",
  "estate",
  "language",
  "startsAt",
  "minutes",
  "priceCents",
  "seats",
  "booked",
];

/** Bookable tours: open and from the season's start. The listing and the estate pages start here. */
const bookableTours = db.from<TourRow>("tours")
  .where("status", "=", "open")
  .where("startsAt", ">=", "2025-07-01");

export interface Trace {
  route: string;
  requestId: string;
  traceparent: string;
}

/** sqlcommenter tags, so a slow query in the database log leads back to its request. */
function tags({ route, requestId, traceparent }: Trace): string {
  return `application='vineyard-tours',route='${route}',request_id='${requestId}',` +
    `traceparent='${traceparent}'`;
}

function withSeatsLeft(rows: TourRow[]) {
  return rows.map((row) => ({ ...row, seatsLeft: row.seats - row.booked }));
}

/** One page of the public listing, soonest first. */
export async function listTours(page: number, trace: Trace) {
  const rows = await bookableTours
    .select(LISTING_COLUMNS)
    .orderBy("startsAt")
    .comment(tags(trace))
    .limit(PAGE_SIZE)
    .offset(page * PAGE_SIZE)
    .all();
  return withSeatsLeft(rows);
}

/** The tours of one estate, for its page on the site. */
export async function toursOfEstate(estate: string, trace: Trace) {
  const rows = await bookableTours.clone()
    .where("estate", "=", estate)
    .select(LISTING_COLUMNS)
    .orderBy("startsAt")
    .comment(tags(trace))
    .all();
  return withSeatsLeft(rows);
}

export async function findTour(id: string): Promise<TourRow | undefined> {
  return await db.from<TourRow>("tours").where("id", "=", id).first();
}

/** The row itself (queries hand out copies), to book seats against it. */
export function tourRow(id: string): TourRow | undefined {
  return tours.find((row) => row.id === id && row.status === "open");
}
