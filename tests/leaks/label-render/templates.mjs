// Label templates: each takes the job's fields and returns an SVG the thermal printers accept.

const escapeXml = (s) =>
  String(s).replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c],
  );

/** A Code 39-ish bar pattern: good enough for the warehouse scanners' checksum-free mode. */
function barcode(value, x, y, height) {
  const bars = [];
  let cursor = x;
  for (const ch of String(value)) {
    const code = ch.charCodeAt(0);
    for (let bit = 0; bit < 7; bit++) {
      const wide = (code >> bit) & 1;
      const width = wide ? 3 : 1;
      if (bit % 2 === 0) {
        bars.push(`<rect x="${cursor}" y="${y}" width="${width}" height="${height}"/>`);
      }
      cursor += width + 1;
    }
    cursor += 2;
  }
  return bars.join("");
}

function frame(width, height, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}mm" height="${height}mm" ` +
    `viewBox="0 0 ${width * 4} ${height * 4}">${body}</svg>`;
}

export const templates = {
  shipping(fields) {
    const lines = [fields.name, ...(fields.address ?? "").split(",")].map((l) => l.trim());
    const text = lines.map((line, n) =>
      `<text x="16" y="${60 + n * 22}" font-size="18">${escapeXml(line)}</text>`
    ).join("");
    return frame(
      100,
      150,
      `<text x="16" y="32" font-size="24" font-weight="bold">${escapeXml(fields.carrier)}</text>` +
        text +
        `<text x="16" y="420" font-size="14">${escapeXml(fields.weightGrams)} g</text>` +
        barcode(fields.orderId, 16, 460, 90),
    );
  },
  shelf(fields) {
    const price = (Number(fields.priceCents) / 100).toFixed(2);
    return frame(
      60,
      30,
      `<text x="8" y="28" font-size="16">${escapeXml(fields.title)}</text>` +
        `<text x="8" y="64" font-size="30" font-weight="bold">€ ${price}</text>` +
        barcode(fields.sku, 8, 80, 30),
    );
  },
};
