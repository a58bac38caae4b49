"use strict";

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) =>
    ({
      "&": "&amp;",
      "<": "&lt;",
      ">": "&gt;",
      '"': "&quot;",
      "'": "&#39;",
    })[c]);
}

/** The read-only snapshot reviewers see: the tender as one HTML page, section by section. */
function renderTender(tender) {
  const sections = tender.sections.map((s, n) =>
    `<section id="s${n + 1}"><h2>${n + 1}. ${escapeHtml(s.title)}</h2>` +
    `<p>${escapeHtml(s.text)}</p>` +
    (s.editedBy ? `<footer>Last edited by ${escapeHtml(s.editedBy)}</footer>` : "") +
    `</section>`
  ).join("\n");
  return `<article data-tender="${escapeHtml(tender.id)}" data-revision="${tender.revision}">` +
    `<h1>${escapeHtml(tender.title)}</h1>\n${sections}</article>`;
}

module.exports = { renderTender };
