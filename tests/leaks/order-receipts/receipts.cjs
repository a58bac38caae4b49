// Order receipts: Handlebars templates compiled once per (kind, locale) and reused, a signed
// "view online" link (jsonwebtoken), totals with lodash, and the last 25 receipts for support.
const Handlebars = require("handlebars");
const jwt = require("jsonwebtoken");
const _ = require("lodash");

const SIGNING_KEY = "receipts-link-key-dev";
const hbs = Handlebars.create();
hbs.registerHelper("money", (cents, currency) => `${currency} ${(cents / 100).toFixed(2)}`);

const SOURCES = {
  "email:en":
    '<h1>Thanks for your order, {{customer.name}}!</h1>{{#each lines}}<p>{{qty}} × {{title}} — {{money total ../currency}}</p>{{/each}}<p><b>Total {{money total currency}}</b></p><a href="{{link}}">View online</a>',
  "email:nl":
    '<h1>Bedankt voor je bestelling, {{customer.name}}!</h1>{{#each lines}}<p>{{qty}} × {{title}} — {{money total ../currency}}</p>{{/each}}<p><b>Totaal {{money total currency}}</b></p><a href="{{link}}">Bekijk online</a>',
  "text:en":
    "Order {{orderId}}\n{{#each lines}}{{qty}} x {{title}}: {{money total ../currency}}\n{{/each}}Total: {{money total currency}}\n{{link}}",
  "text:nl":
    "Bestelling {{orderId}}\n{{#each lines}}{{qty}} x {{title}}: {{money total ../currency}}\n{{/each}}Totaal: {{money total currency}}\n{{link}}",
};

const compiled = new Map();
function template(kind, locale) {
  const key = `${kind}:${SOURCES[`${kind}:${locale}`] ? locale : "en"}`;
  let fn = compiled.get(key);
  if (!fn) {
    fn = hbs.compile(SOURCES[key], { noEscape: kind === "text" });
    compiled.set(key, fn);
  }
  return fn;
}

const recent = [];
const RECENT_MAX = 25;

function buildReceipt(order, { kind = "email", locale = "en" } = {}) {
  const lines = order.items.map((it) => ({ ...it, total: it.qty * it.unitCents }));
  const total = _.sumBy(lines, "total");
  const token = jwt.sign({ order: order.id, customer: order.customer.id }, SIGNING_KEY, {
    algorithm: "HS256",
    expiresIn: "30d",
  });
  const link = `https://shop.example.com/receipts/${encodeURIComponent(order.id)}?t=${token}`;
  const body = template(kind, locale)({ ...order, orderId: order.id, lines, total, link });
  const receipt = {
    orderId: order.id,
    kind,
    locale,
    total,
    byCategory: _.mapValues(_.groupBy(lines, "category"), (ls) => _.sumBy(ls, "total")),
    bytes: body.length,
    at: Date.now(),
  };
  recent.push(receipt);
  if (recent.length > RECENT_MAX) recent.shift();
  return { receipt, body, token };
}

function verifyLink(orderId, token) {
  try {
    const claims = jwt.verify(token, SIGNING_KEY, { algorithms: ["HS256"] });
    return claims.order === orderId ? claims : null;
  } catch {
    return null;
  }
}

module.exports = {
  buildReceipt,
  verifyLink,
  recent: () => recent.slice(-10),
  stats: () => ({ templates: compiled.size, recent: recent.length }),
};
