"use strict";

// Renders a 58 x 60 mm counter label in ZPL II for the Zebra printers on the counter.
function money(pence) {
  return `£${(pence / 100).toFixed(2)}`;
}

function field(x, y, size, text) {
  const safe = String(text).replace(/[\^~]/g, " ");
  return `^FO${x},${y}^A0N,${size},${size}^FD${safe}^FS`;
}

function renderLabel(job) {
  const lines = [
    "^XA",
    "^CI28",
    "^PW464",
    field(10, 10, 28, job.item.name),
    field(
      10,
      48,
      22,
      `${(job.item.grams / 1000).toFixed(3)} kg @ ${money(job.item.perKgPence)}/kg`,
    ),
    field(10, 80, 44, money(job.item.pricePence)),
    field(10, 134, 20, `Use by ${job.useBy}`),
    field(10, 160, 18, `Keep refrigerated 0-5°C`),
  ];
  const t = job.item.trace;
  if (t && t.bornIn) {
    lines.push(field(10, 186, 16, `Batch ${t.batch} Born in ${t.bornIn} Reared in ${t.rearedIn}`));
    lines.push(field(10, 206, 16, `Slaughtered in ${t.slaughteredIn} Cut in ${t.cutIn}`));
  } else if (t) {
    lines.push(field(10, 186, 16, `Batch ${t.batch} Origin ${t.origin} (${t.slaughteredIn})`));
  }
  if (job.packedFor) lines.push(field(10, 232, 18, `For: ${job.packedFor}`));
  lines.push(`^FO300,120^BY2^BCN,60,N,N^FD${job.barcode}^FS`);
  lines.push("^XZ");
  return lines.join("\n");
}

// Price-embedded EAN-13: 2 + PLU (5) + price in pence (6) + check digit.
function priceBarcode(plu, pricePence) {
  const digits = `2${String(plu).padStart(5, "0")}${String(pricePence).padStart(6, "0")}`.slice(
    0,
    12,
  );
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 ? 3 : 1);
  return digits + ((10 - (sum % 10)) % 10);
}

module.exports = { renderLabel, priceBarcode };
