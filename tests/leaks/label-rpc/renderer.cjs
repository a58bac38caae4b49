/**
 * The label renderer: it was a worker thread once, and still talks over a MessagePort (the
 * other end of a MessageChannel), answering `{id, method, params}` with `{id, result}`.
 */
const SERVICES = {
  postnl: { code: "PNL", barcode: "3S", prefix: "NL" },
  dhl: { code: "DHL", barcode: "JJD", prefix: "DE" },
  dpd: { code: "DPD", barcode: "0", prefix: "BE" },
};

function zpl({ shipment, carrier, to, weightGrams, service }) {
  const c = SERVICES[carrier];
  if (!c) throw new Error(`unknown carrier ${carrier}`);
  const barcode = `${c.barcode}${shipment.replace(/\W/g, "").toUpperCase()}`;
  return [
    "^XA",
    `^FO40,40^A0N,40,40^FD${c.code} ${service ?? "standard"}^FS`,
    `^FO40,100^A0N,28,28^FD${to.name}^FS`,
    `^FO40,135^A0N,28,28^FD${to.street}^FS`,
    `^FO40,170^A0N,28,28^FD${to.postcode} ${to.city} ${c.prefix}^FS`,
    `^FO40,220^BCN,120,Y,N,N^FD${barcode}^FS`,
    `^FO40,380^A0N,24,24^FD${(weightGrams / 1000).toFixed(2)} kg^FS`,
    "^XZ",
  ].join("\n");
}

function attachRenderer(port) {
  port.on("message", ({ id, method, params }) => {
    try {
      if (method !== "render") throw new Error(`no method ${method}`);
      port.postMessage({ id, result: { zpl: zpl(params), renderedAt: Date.now() } });
    } catch (error) {
      port.postMessage({ id, error: error.message });
    }
  });
}

module.exports = { attachRenderer };
