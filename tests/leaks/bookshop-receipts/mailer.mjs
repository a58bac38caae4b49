// Order confirmation e-mails. "Sending" hands the message to the SMTP relay, which here is a
// short pause and a counter.
import { span } from "./tracing.mjs";

const FROM = "Boekhandel De Vries <orders@boekhandel-devries.nl>";
const sent = { messages: 0, bytes: 0 };

const euros = (cents) => `€ ${(cents / 100).toFixed(2).replace(".", ",")}`;

function renderReceipt(order) {
  const lines = order.lines.map((l) =>
    `${String(l.qty).padStart(2)} × ${l.title.padEnd(34)} ${euros(l.qty * l.priceCents)}`
  );
  return [
    `Beste ${order.customer.name},`,
    "",
    `Bedankt voor je bestelling ${order.reference}. We sturen hem naar:`,
    `${order.shipTo.street}, ${order.shipTo.postcode} ${order.shipTo.city}`,
    "",
    ...lines,
    "",
    `Verzendkosten ${euros(order.shippingCents)}`,
    `Totaal        ${euros(order.totalCents)}`,
  ].join("\n");
}

async function relay(message) {
  await new Promise((resolve) => setTimeout(resolve, 1));
  sent.messages++;
  sent.bytes += message.body.length;
}

export async function sendReceipt(order) {
  const body = await span("receipt.render", { order: order.reference }, () => renderReceipt(order));
  const to = order.customer.email;
  const subject = `Je bestelling ${order.reference}`;
  await span(
    "smtp.send",
    { to, subject, bytes: body.length },
    () => relay({ from: FROM, to, subject, body }),
  );
}

export function mailStats() {
  return { ...sent };
}
