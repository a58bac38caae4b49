"use strict";

const { createHash } = require("node:crypto");

const COURSES = {
  "food-safety-2": { title: "Food Safety Level 2", hours: 8, validMonths: 36 },
  "first-aid-work": { title: "First Aid at Work", hours: 18, validMonths: 36 },
  "forklift-b": { title: "Forklift Operator (Counterbalance)", hours: 24, validMonths: 60 },
};

const SIGNATORY = { name: "Dr. Marieke Jansen", role: "Head of Accreditation" };

function escapePdf(text) {
  return String(text).replace(/[\\()]/g, (c) => `\\${c}`);
}

/**
 * A one-page certificate as a minimal PDF (text objects only; the template's artwork is a
 * form XObject the print shop adds).
 */
function renderPdf(cert) {
  const lines = [
    ["Helvetica-Bold", 28, 160, 520, "Certificate of Completion"],
    ["Helvetica", 14, 160, 480, "This certifies that"],
    ["Helvetica-Bold", 22, 160, 450, cert.learner],
    ["Helvetica", 14, 160, 420, `has completed ${cert.course} (${cert.hours} hours)`],
    ["Helvetica", 12, 160, 390, `with a score of ${cert.score}% on ${cert.completedOn}`],
    ["Helvetica", 10, 160, 120, `${SIGNATORY.name}, ${SIGNATORY.role}`],
    ["Helvetica", 8, 160, 90, `Certificate ${cert.number} - valid until ${cert.validUntil}`],
  ];
  const content = lines
    .map(([font, size, x, y, text]) =>
      `BT /${font === "Helvetica" ? "F1" : "F2"} ${size} Tf ${x} ${y} Td (${escapePdf(text)}) Tj ET`
    )
    .join("\n");
  return [
    "%PDF-1.7",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Contents 4 0 R >> endobj",
    `4 0 obj << /Length ${content.length} >> stream\n${content}\nendstream endobj`,
    "trailer << /Root 1 0 R >>",
    "%%EOF",
  ].join("\n");
}

function addMonths(isoDate, months) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

function certificateNumber(enrolmentId, completedOn) {
  const digest = createHash("sha1").update(`${enrolmentId}:${completedOn}`).digest("hex");
  return `CE-${completedOn.slice(0, 4)}-${digest.slice(0, 10).toUpperCase()}`;
}

module.exports = { COURSES, SIGNATORY, addMonths, certificateNumber, renderPdf };
