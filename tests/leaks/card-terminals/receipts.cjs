"use strict";

// Customer and merchant receipts for approved transactions; the last few are kept for the
// reprint button on the till.

const RECENT = 25;
const recent = [];

const MERCHANT = {
  name: "Boekhandel De Vos",
  address: "Kalverstraat 92, Amsterdam",
  kvk: "34125678",
};

function euros(cents) {
  return (cents / 100).toFixed(2).replace(".", ",");
}

function receiptFor(terminal, result, reference) {
  const lines = [
    MERCHANT.name,
    MERCHANT.address,
    `KvK ${MERCHANT.kvk}`,
    "",
    `Terminal ${terminal.id}`,
    `${new Date(result.at).toISOString().replace("T", " ").slice(0, 19)}`,
    `${
      result.kind === "refund" ? "REFUND" : "SALE"
    } ${result.brand.toUpperCase()} **** ${result.panLast4}`,
    `${result.entryMode}`,
    `Amount EUR ${euros(result.amountCents)}`,
    `Auth code ${result.authCode}`,
    `Reference ${reference}`,
  ];
  const receipt = {
    terminal: terminal.id,
    reference,
    authCode: result.authCode,
    text: lines.join("\n"),
  };
  recent.push(receipt);
  if (recent.length > RECENT) recent.shift();
  return receipt;
}

function recentReceipts(limit = 10) {
  return recent.slice(-limit).reverse();
}

module.exports = { receiptFor, recentReceipts };
