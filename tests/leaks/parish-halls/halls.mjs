export const HALLS = {
  "st-marys": {
    id: "st-marys",
    name: "St Mary's Church Hall",
    ratePerHour: 18,
    deposit: 50,
    capacity: 120,
  },
  "st-marys-small": {
    id: "st-marys-small",
    name: "St Mary's Committee Room",
    ratePerHour: 9,
    deposit: 20,
    capacity: 24,
  },
  "all-saints": {
    id: "all-saints",
    name: "All Saints Parish Rooms",
    ratePerHour: 14,
    deposit: 40,
    capacity: 70,
  },
};

/** Charity and church groups pay the reduced rate. */
export const GROUP_DISCOUNT = { charity: 0.5, church: 1, community: 0.2, private: 0 };

export function hoursBetween(from, to) {
  const [fh, fm] = from.split(":").map(Number);
  const [th, tm] = to.split(":").map(Number);
  return (th * 60 + tm - (fh * 60 + fm)) / 60;
}
