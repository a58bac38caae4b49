"use strict";

// Our side of an envelope: who sent it, who must sign, and where the signed copy went.
const open = new Map(); // envelopes out for signature, by our reference
const ARCHIVED = 40;
const archived = []; // the newest archived and declined envelopes

function createEnvelope(b, providerId) {
  const envelope = {
    reference: String(b.reference),
    providerId,
    title: String(b.title ?? "Untitled"),
    sender: String(b.sender ?? "contracts@vastgoed-noord.nl"),
    signers: b.signers.map((s, i) => ({
      order: i + 1,
      name: String(s.name ?? ""),
      email: String(s.email),
      role: String(s.role ?? "signer"),
    })),
    documents: b.documents.map((d) => ({ name: String(d.name), pages: Number(d.pages) || 1 })),
    status: "sent",
    sentAt: new Date().toISOString(),
  };
  open.set(envelope.reference, envelope);
  return envelope;
}

function close(envelope, status, extra) {
  envelope.status = status;
  open.delete(envelope.reference);
  archived.push({ reference: envelope.reference, title: envelope.title, status, ...extra });
  if (archived.length > ARCHIVED) archived.shift();
}

function archive(envelope, signed) {
  close(envelope, "completed", {
    completedAt: new Date().toISOString(),
    archiveKey: `contracts/${envelope.reference}.pdf`,
    sha256: signed.sha256,
  });
}

function markDeclined(envelope) {
  close(envelope, "declined", { declinedAt: new Date().toISOString() });
}

function findEnvelope(reference) {
  return open.get(reference) ?? archived.find((a) => a.reference === reference);
}

module.exports = {
  createEnvelope,
  archive,
  markDeclined,
  findEnvelope,
  envelopeStats: () => ({ open: open.size, archived: archived.slice(-3) }),
};
