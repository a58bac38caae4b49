/** The lifts under contract, as the client portfolio lists them. */
export const lifts = new Map(
  [
    ["L-0042", "Harbour View Apartments", "passenger", 630, 8],
    ["L-0043", "Harbour View Apartments", "goods", 1600, 2],
    ["L-0107", "St Anne's Medical Centre", "bed/passenger", 2000, 4],
    ["L-0215", "Quarry Lane Retail Park", "passenger", 1000, 3],
    ["L-0318", "Northgate Multi-storey", "passenger", 800, 6],
  ].map(([id, site, duty, ratedKg, landings]) => [
    id,
    { id, site, duty, ratedKg, landings, lastExamined: null, lastOutcome: null },
  ]),
);

export function liftOf(id) {
  return lifts.get(id);
}
