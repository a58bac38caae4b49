// Renders a receipt page from an order payload.

const VAT = 0.21;

function escape(s) {
  return String(s).replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c],
  );
}

export function parseOrder(raw) {
  const order = JSON.parse(raw);
  if (!Array.isArray(order.lines) || order.lines.length === 0) throw new Error("no lines");
  return {
    number: String(order.number ?? "draft"),
    customer: String(order.customer ?? "Guest"),
    lines: order.lines.map((l) => ({
      title: String(l.title),
      qty: Number(l.qty ?? 1),
      unitCents: Number(l.unitCents ?? 0),
    })),
  };
}

export function renderReceipt(order) {
  const rows = order.lines.map((l) =>
    `<tr><td>${escape(l.title)}</td><td>${l.qty}</td><td>${
      (l.qty * l.unitCents / 100).toFixed(2)
    }</td></tr>`
  );
  const net = order.lines.reduce((n, l) => n + l.qty * l.unitCents, 0);
  const vat = Math.round(net * VAT);
  return `<!doctype html><title>Receipt ${escape(order.number)}</title>
<h1>Receipt ${escape(order.number)}</h1><p>${escape(order.customer)}</p>
<table>${rows.join("")}</table>
<p>Net ${(net / 100).toFixed(2)} · VAT ${(vat / 100).toFixed(2)} · Total ${
    ((net + vat) / 100).toFixed(2)
  }</p>`;
}
