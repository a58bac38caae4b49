"use strict";

// Running a sale or refund on a terminal: subscribe to its events first (so the result cannot
// slip past), send the command, and read the feed until this command's result comes back.

const terminals = require("./terminals.cjs");

let sequence = 0;

class PaymentError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function runOnTerminal(terminal, command) {
  const correlationId = `${terminal.id}:${Date.now().toString(36)}:${++sequence}`;
  const events = terminals.terminalEvents.subscribe((event) => event.terminalId === terminal.id);
  terminals.send(terminal, { ...command, correlationId });
  const prompts = [];
  for await (const event of events) {
    if (event.correlationId !== correlationId) continue;
    if (event.type === "display") {
      prompts.push(event.text);
      continue;
    }
    if (event.type === "transaction.result") return { ...event, prompts };
  }
  throw new PaymentError(504, `terminal ${terminal.id} went away`);
}

function parseAmount(body) {
  const amountCents = Number(body.amountCents);
  const tipCents = Number(body.tipCents ?? 0);
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new PaymentError(422, "amountCents must be a positive integer");
  }
  if (!Number.isInteger(tipCents) || tipCents < 0 || tipCents > amountCents) {
    throw new PaymentError(422, "tipCents must be between 0 and the amount");
  }
  if ((body.currency ?? "EUR") !== "EUR") throw new PaymentError(422, "this shop takes EUR only");
  return amountCents + tipCents;
}

function sale(terminal, body) {
  return runOnTerminal(terminal, { kind: "sale", amountCents: parseAmount(body), currency: "EUR" });
}

function refund(terminal, body) {
  if (!body.originalAuthCode) throw new PaymentError(422, "originalAuthCode is required");
  return runOnTerminal(terminal, {
    kind: "refund",
    amountCents: parseAmount(body),
    currency: "EUR",
    original: String(body.originalAuthCode),
  });
}

module.exports = { PaymentError, refund, sale };
