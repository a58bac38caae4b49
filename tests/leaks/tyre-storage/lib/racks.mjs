// 16 racks of 12 positions; positions come back to the free list at checkout.
const free = [];
for (let r = 1; r <= 16; r++) {
  for (let p = 1; p <= 12; p++) free.push(`R${String(r).padStart(2, "0")}-${p}`);
}
const total = free.length;

export function takePosition() {
  const pos = free.shift();
  if (!pos) throw Object.assign(new Error("the hotel is full"), { status: 507 });
  return pos;
}

export function releasePosition(pos) {
  free.push(pos);
}

export function occupancy() {
  return { used: total - free.length, total };
}
