// Storefront prices: catalogue euro prices converted to the storefront's currency, with its
// markup and its price points (CHF in 5 rappen, NOK ending in 9, …).

const fx = require("./fx.cjs");
const { findProduct } = require("./catalog.cjs");

function createConverter(tenant) {
  const converter = {
    tenant: tenant.id,
    currency: tenant.currency,
    rate: fx.rateFor(tenant.currency),
    refreshedAt: Date.now(),
    refresh(rates) {
      if (rates[this.currency] !== undefined) this.rate = rates[this.currency];
      this.refreshedAt = Date.now();
    },
    toLocal(eurCents) {
      const raw = eurCents * this.rate * tenant.markup;
      const { step, charm } = tenant.rounding;
      const rounded = Math.ceil(raw / step) * step;
      return charm ? rounded - charm : rounded;
    },
    format(cents) {
      return new Intl.NumberFormat(tenant.locale, { style: "currency", currency: tenant.currency })
        .format(cents / 100);
    },
  };
  fx.onRatesChanged(converter);
  return converter;
}

// One converter per storefront, made on first use and kept on the tenant.
function converterFor(tenant) {
  return tenant.converter || (tenant.converter = createConverter(tenant));
}

class PriceError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function priceList(tenant, skus) {
  const converter = converterFor(tenant);
  return skus.map((sku) => {
    const product = findProduct(sku);
    if (!product) return { sku, available: false };
    const cents = converter.toLocal(product.eurCents);
    return { sku: product.sku, name: product.name, cents, display: converter.format(cents) };
  });
}

function priceCart(tenant, lines) {
  if (!Array.isArray(lines) || lines.length === 0) throw new PriceError(422, "empty cart");
  if (lines.length > 40) throw new PriceError(422, "at most 40 lines");
  const converter = converterFor(tenant);
  let subtotal = 0;
  let weight = 0;
  const priced = lines.map((line) => {
    const product = findProduct(line.sku);
    if (!product) throw new PriceError(422, `unknown sku ${line.sku}`);
    const qty = Number(line.qty);
    if (!Number.isInteger(qty) || qty < 1 || qty > 99) {
      throw new PriceError(422, `qty for ${product.sku} must be 1-99`);
    }
    const unit = converter.toLocal(product.eurCents);
    subtotal += unit * qty;
    weight += product.weightGrams * qty;
    return { sku: product.sku, qty, unitCents: unit, lineCents: unit * qty };
  });
  const vatCents = Math.round(subtotal - subtotal / (1 + tenant.vatRate));
  return {
    currency: tenant.currency,
    lines: priced,
    subtotal,
    display: converter.format(subtotal),
    vatCents,
    weight,
  };
}

module.exports = { PriceError, converterFor, priceCart, priceList };
