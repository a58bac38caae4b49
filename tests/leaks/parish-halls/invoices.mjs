import { BufferPool } from "./vendor/bufpool/index.mjs";
import { HALLS } from "./halls.mjs";

const pool = new BufferPool({ size: 4096, idle: 4 });

const money = (n) => `£${n.toFixed(2)}`;

/** Plain-text invoice for the parish office's email; returns a string. */
export function renderInvoice(booking) {
  const buf = pool.acquire();
  try {
    const hall = HALLS[booking.hall];
    const inv = booking.invoice;
    const text = [
      "PARISH OF ST MARY WITH ALL SAINTS - HALL HIRE",
      "",
      `Invoice for: ${booking.group}`,
      `Contact:     ${booking.contact}`,
      `Hall:        ${hall.name}`,
      `Date:        ${booking.date} ${booking.from}-${booking.to} (${booking.hours} h)`,
      "",
      `Hire:        ${money(inv.hire)}`,
      `Deposit:     ${money(inv.deposit)} (returned after the hall is checked)`,
      `Total:       ${money(inv.total)}`,
      "",
      "Please pay by bank transfer quoting the booking reference.",
      `Reference:   ${booking.id}`,
    ].join("\n");
    const n = buf.write(text, "utf8");
    return buf.subarray(0, n).toString("utf8");
  } finally {
    pool.release(buf);
  }
}

export function poolOutstanding() {
  return pool.outstanding;
}
