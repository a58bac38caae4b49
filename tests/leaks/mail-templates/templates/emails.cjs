"use strict";

// Transactional e-mail templates. Edited by the marketing team; the renderer reloads this file
// so changes show up without a deploy.

const FOOTER = [
  "You receive this e-mail because you have an account at Example Shop.",
  "Example Shop B.V., Keizersgracht 123, 1015 CJ Amsterdam, KvK 12345678.",
  "Questions? Reply to this e-mail or visit https://help.example.com.",
].join("\n");

const money = (cents, currency = "EUR") =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency }).format(cents / 100);

const layout = (title, body) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:Helvetica,Arial,sans-serif;color:#222}h1{font-size:20px}
table{border-collapse:collapse}td{padding:4px 8px;border-bottom:1px solid #eee}
.footer{color:#888;font-size:12px;margin-top:32px;white-space:pre-line}</style></head>
<body><h1>${title}</h1>${body}<div class="footer">${FOOTER}</div></body></html>`;

module.exports = {
  orderConfirmation(data) {
    const rows = data.items
      .map((i) => `<tr><td>${i.qty}×</td><td>${i.name}</td><td>${money(i.cents)}</td></tr>`)
      .join("");
    return {
      subject: `Order ${data.order} confirmed`,
      html: layout(
        `Thanks for your order, ${data.name}!`,
        `<p>We received order <b>${data.order}</b>.</p><table>${rows}</table>` +
          `<p>Total: <b>${money(data.items.reduce((s, i) => s + i.qty * i.cents, 0))}</b></p>`,
      ),
    };
  },
  shippingNotice(data) {
    return {
      subject: `Your order ${data.order} is on its way`,
      html: layout(
        "It's on its way",
        `<p>Hi ${data.name}, order <b>${data.order}</b> was handed to ${data.carrier}.</p>` +
          `<p>Track it: <a href="https://track.example.com/${data.tracking}">${data.tracking}</a></p>`,
      ),
    };
  },
  passwordReset(data) {
    return {
      subject: "Reset your password",
      html: layout(
        "Reset your password",
        `<p>Hi ${data.name}, use <a href="https://shop.example.com/reset/${data.token}">this link</a>` +
          " within 30 minutes to choose a new password.</p>",
      ),
    };
  },
};
